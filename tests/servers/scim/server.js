// An independent SCIM 2.0 service provider for Tenure's `scim` tests: scimmy (RFC 7643 schemas,
// filters, PatchOp, ListResponse) mounted by scimmy-routers (RFC 7644 endpoints) on express, with
// an in-memory user store. Started by tests/support/scimpeerfixture.cpp with the machine's node.
//
//   node server.js [port|0] [--no-patch] [--no-filter] [--etag] [--bulk=N] [--bulk-payload=BYTES]
//                  [--request-log=FILE]
//   environment: SCIM_PEER_TOKEN = the bearer token clients must send
//
// --bulk=N turns on scimmy-routers' own /Bulk endpoint (RFC 7644 §3.7, scimmy's BulkRequest) with
// maxOperations N and maxPayloadSize BYTES (default 1 MiB); scimmy refuses larger requests with 413.
// --request-log appends one JSON line per request received to FILE: {"method", "path", "bytes"} and,
// for /Bulk, "operations" (each operation's method), so tests can count what reached the service.
//
// Prints "PORT=<port>" on stdout when it listens on 127.0.0.1; exits when stdin closes, so a test
// that dies never leaves it behind.
import express from "express";
import {randomUUID} from "node:crypto";
import {appendFileSync} from "node:fs";
import SCIMMY from "scimmy";
import SCIMMYRouters from "scimmy-routers";

const args = process.argv.slice(2);
const port = Number(args.find((a) => /^\d+$/.test(a)) ?? 0);
const flag = (name) => args.includes(name);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const bulkOperations = option("bulk");
const bulkPayload = Number(option("bulk-payload") ?? 1048576);
const requestLog = option("request-log");
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
// strings, RFC 8259 §7): `externalId eq "a\"b\\c"`. A comparison holding an escape, or several
// joined by "or", is decoded here and handed to scimmy as filter objects (an array of them is
// scimmy's "or"), which scimmy matches itself.
const comparison = /\s*([A-Za-z][\w.$-]*)\s+(eq|ne|co|sw|ew|gt|lt|ge|le)\s+("(?:[^"\\]|\\.)*")\s*/iy;
const orJoin = /or(?=\s)/iy;
function decodedComparisons(text) {
    const expressions = [];
    for (let at = 0; ;) {
        comparison.lastIndex = at;
        const match = comparison.exec(text);
        if (!match) return null;
        const [, path, op, literal] = match;
        expressions.push(path.split(".").reduceRight((inner, name) => ({[name]: inner}), [op.toLowerCase(), JSON.parse(literal)]));
        at = comparison.lastIndex;
        if (at === text.length) return expressions;
        orJoin.lastIndex = at;
        if (!orJoin.exec(text)) return null;
        at = orJoin.lastIndex;
    }
}
function escapedFilter(req, res, next) {
    const text = req.query?.filter;
    if (typeof text === "string" && text.includes("\\")) {
        try {
            const expressions = decodedComparisons(text);
            if (expressions) {
                req.decodedFilter = new SCIMMY.Types.Filter(expressions.length === 1 ? expressions[0] : expressions);
                delete req.query.filter;
            }
        } catch (ex) {
            return res.status(400).send(new SCIMMY.Messages.Error({status: 400, scimType: "invalidFilter", detail: ex.message}));
        }
    }
    next();
}

// One line per request, written before it is handled: a client that has its answer finds the line
// already in the file.
function logRequests(req, res, next) {
    if (requestLog) {
        const entry = {method: req.method, path: req.originalUrl.split("?")[0], bytes: Number(req.header("content-length") ?? 0)};
        if (req.path === "/Bulk" && Array.isArray(req.body?.Operations))
            entry.operations = req.body.Operations.map((op) => String(op.method).toUpperCase());
        appendFileSync(requestLog, JSON.stringify(entry) + "\n");
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
    const patching = req.method === "PATCH" || (req.path === "/Bulk" && req.body?.Operations?.some?.((op) => String(op.method).toUpperCase() === "PATCH"));
    const refused = (patching && flag("--no-patch")) ? "PATCH"
        : (req.query?.filter !== undefined && flag("--no-filter")) ? "filter" : null;
    if (refused)
        return res.status(501).send(new SCIMMY.Messages.Error({status: 501, detail: `${refused} is not supported by this service provider`}));
    next();
}

const app = express();
// The body is parsed here (as scimmy-routers would) so the log can count a BulkRequest's operations;
// scimmy-routers' own parser then leaves it as it is. scimmy-routers sizes its parser by
// maxPayloadSize when it is built, which is before the flags below are applied: so the limit here.
app.use("/scim/v2", express.json({type: ["application/scim+json", "application/json"], limit: Math.max(bulkPayload, 1048576)}),
    logRequests, refuseUnsupported, escapedFilter, etags, new SCIMMYRouters({
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
    bulk: bulkOperations ? {supported: true, maxOperations: Number(bulkOperations), maxPayloadSize: bulkPayload}
        : {supported: false, maxOperations: 0, maxPayloadSize: 0},
});

const server = app.listen(port, "127.0.0.1", () => {
    console.log(`PORT=${server.address().port}`);
});
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
