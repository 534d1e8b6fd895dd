// An independent SCIM 2.0 service provider for Tenure's `scim` tests: scimmy (RFC 7643 schemas,
// filters, PatchOp, ListResponse) mounted by scimmy-routers (RFC 7644 endpoints) on express, with
// an in-memory user store. Started by tests/support/scimpeerfixture.cpp with the machine's node.
//
//   node server.js [port|0] [--no-patch] [--no-filter] [--etag] [--bulk=N]
//   environment: SCIM_PEER_TOKEN = the bearer token clients must send
//
// Prints "PORT=<port>" on stdout when it listens on 127.0.0.1; exits when stdin closes, so a test
// that dies never leaves it behind.
import express from "express";
import {randomUUID} from "node:crypto";
import SCIMMY from "scimmy";
import SCIMMYRouters from "scimmy-routers";

const args = process.argv.slice(2);
const port = Number(args.find((a) => /^\d+$/.test(a)) ?? 0);
const flag = (name) => args.includes(name);
const bulkArg = args.find((a) => a.startsWith("--bulk="));
const token = process.env.SCIM_PEER_TOKEN ?? "";
if (!token) {
    console.error("SCIM_PEER_TOKEN is not set");
    process.exit(2);
}

const users = new Map(); // id → stored user (scimmy's "in" form plus id, meta)
const versions = new Map(); // id → counter behind meta.version / ETag
const etagOf = (id) => `W/"${versions.get(id)}"`;
const scimError = (status, scimType, detail) => new SCIMMY.Types.Error(status, scimType, detail);

// RFC 7643 §4.1: userName is unique across the service provider (case-insensitive, caseExact=false).
function assertUniqueUserName(userName, id) {
    const lower = String(userName ?? "").toLowerCase();
    for (const [other, user] of users) {
        if (other !== id && String(user.userName ?? "").toLowerCase() === lower)
            throw scimError(409, "uniqueness", `userName "${userName}" is already taken by user ${other}`);
    }
}

function stored(id) {
    const user = users.get(id);
    if (!user) throw scimError(404, null, `Resource ${id} not found`);
    return {...structuredClone(user), meta: {...user.meta, ...(flag("--etag") ? {version: etagOf(id)} : {})}};
}

SCIMMY.Resources.declare(SCIMMY.Resources.User.extend(SCIMMY.Schemas.EnterpriseUser, false))
    .ingress((resource, instance) => {
        const now = new Date();
        const data = JSON.parse(JSON.stringify(instance)); // the validated, coerced resource
        if (resource.id) {
            const current = users.get(resource.id);
            if (!current) throw scimError(404, null, `Resource ${resource.id} not found`);
            assertUniqueUserName(data.userName, resource.id);
            users.set(resource.id, {...data, id: resource.id, meta: {...current.meta, lastModified: now}});
            versions.set(resource.id, versions.get(resource.id) + 1);
            return stored(resource.id);
        }
        assertUniqueUserName(data.userName);
        const id = randomUUID();
        users.set(id, {...data, id, meta: {resourceType: "User", created: now, lastModified: now}});
        versions.set(id, 1);
        return stored(id);
    })
    .egress((resource, context) => {
        if (resource.id) return stored(resource.id);
        const all = [...users.keys()].map(stored);
        const filter = context?.filter ?? resource.filter;
        return filter ? filter.match(all) : all;
    })
    .degress((resource) => {
        if (!users.delete(resource.id)) throw scimError(404, null, `Resource ${resource.id} not found`);
        versions.delete(resource.id);
    });

// scimmy's filter lexer ends a string value at the first `"` and keeps backslashes as they are, so
// it cannot read a value written with the escapes of RFC 7644 §3.4.2.2 (compValue strings are JSON
// strings, RFC 8259 §7): `externalId eq "a\"b\\c"`. A single comparison holding an escape is
// decoded here and handed to scimmy as a filter object, which scimmy matches itself.
const comparison = /^\s*([A-Za-z][\w.$-]*)\s+(eq|ne|co|sw|ew|gt|lt|ge|le)\s+("(?:[^"\\]|\\.)*")\s*$/i;
function escapedFilter(req, res, next) {
    const text = req.query?.filter;
    const match = typeof text === "string" && text.includes("\\") ? comparison.exec(text) : null;
    if (match) {
        try {
            const [, path, op, literal] = match;
            const expression = path.split(".").reduceRight((inner, name) => ({[name]: inner}), [op.toLowerCase(), JSON.parse(literal)]);
            req.decodedFilter = new SCIMMY.Types.Filter(expression);
            delete req.query.filter;
        } catch (ex) {
            return res.status(400).send(new SCIMMY.Messages.Error({status: 400, scimType: "invalidFilter", detail: ex.message}));
        }
    }
    next();
}

// RFC 7644 §3.14: with etag.supported the provider returns ETag headers and refuses a change
// whose If-Match no longer names the current version with 412 Precondition Failed.
function etags(req, res, next) {
    if (!flag("--etag")) return next();
    const send = res.send.bind(res);
    res.send = (body) => {
        const version = body?.meta?.version;
        if (version) res.setHeader("ETag", version);
        return send(body);
    };
    const id = /^\/Users\/([^/?]+)/.exec(req.path)?.[1];
    const ifMatch = req.header("If-Match");
    if (id && ifMatch && ["PUT", "PATCH", "DELETE"].includes(req.method) && users.has(id)
        && ifMatch !== "*" && !ifMatch.split(",").map((s) => s.trim()).includes(etagOf(id))) {
        return res.status(412).send(new SCIMMY.Messages.Error({status: 412,
            detail: `User ${id} has version ${etagOf(id)}, not ${ifMatch}`}));
    }
    next();
}

// A provider that says it lacks PATCH or filtering refuses them (RFC 7644 §3.12: 501 Not Implemented),
// so a client that ignored /ServiceProviderConfig would fail the tests.
function refuseUnsupported(req, res, next) {
    const refused = (req.method === "PATCH" && flag("--no-patch")) ? "PATCH"
        : (req.query?.filter !== undefined && flag("--no-filter")) ? "filter" : null;
    if (refused)
        return res.status(501).send(new SCIMMY.Messages.Error({status: 501, detail: `${refused} is not supported by this service provider`}));
    next();
}

const app = express();
app.use("/scim/v2", refuseUnsupported, escapedFilter, etags, new SCIMMYRouters({
    type: "bearer",
    handler: (req) => {
        if (req.header("Authorization") !== `Bearer ${token}`) throw new Error("Bearer token missing or not valid");
        return "tenure-tests";
    },
    context: (req) => ({filter: req.decodedFilter}),
}));

// SCIMMYRouters switches patch, filter, sort and bulk on; the flags describe a more limited provider.
SCIMMY.Config.set({
    patch: !flag("--no-patch"),
    filter: flag("--no-filter") ? {supported: false, maxResults: 0} : {supported: true, maxResults: 200},
    etag: flag("--etag"),
    bulk: bulkArg ? {supported: true, maxOperations: Number(bulkArg.split("=")[1]), maxPayloadSize: 1048576}
        : {supported: false, maxOperations: 0, maxPayloadSize: 0},
});

const server = app.listen(port, "127.0.0.1", () => {
    console.log(`PORT=${server.address().port}`);
});
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
