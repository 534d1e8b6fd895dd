// LdapDirectory::applyBatch: operations pipelined on one connection.
//
// RFC 4511 §4.1.1: a client may send requests without waiting for earlier responses, and the
// server answers each by its messageID. Waiting one round trip per modify is what makes a
// synchronous client (and ldapmodify) slow; here up to pipelineWindow single-request operations
// are in flight. Two operations on one entry are never in flight together, because a server
// may process requests of one connection concurrently (slapd does) and their order matters.
// Operations of several steps (moves, AD's read-then-write disable) run alone, synchronously.
//
// Each operation is reported as sending before it goes out and done once when its response is
// read. When the connection drops, the ones in flight are reported failed with "outcome
// unknown": they are never sent again here, so nothing is applied twice.

#include "ldapdirectory.h"

#include "ldapescaping.h"
#include "ldapmodlist.h"

#include <ldap.h>
#include <spdlog/spdlog.h>

#include <map>

namespace Tenure::Connectors {

namespace {

struct InFlight {
    qsizetype index = -1;
    QString key;   // comparableDn of the entry
};

} // namespace

void LdapDirectory::applyBatch(const QList<Models::Operation>& operations, const BatchCallbacks& callbacks,
                               const Models::CancelToken& cancel)
{
    std::map<int, InFlight> inFlight;   // by messageID
    std::map<int, Write> writes;        // by messageID; owns the request bytes until answered
    QHash<QString, int> entriesInFlight;
    bool stop = false;

    const auto sending = [&](qsizetype index) {
        if (callbacks.sending && !callbacks.sending(index))
            stop = true;
        return !stop;
    };
    const auto report = [&](qsizetype index, const Result<QString>& outcome) {
        if (callbacks.done && !callbacks.done(index, outcome))
            stop = true;
    };
    const auto finished = [&](int msgid) {
        const QString key = inFlight.at(msgid).key;
        if (--entriesInFlight[key] == 0)
            entriesInFlight.remove(key);
        inFlight.erase(msgid);
        writes.erase(msgid);
    };
    // The connection is gone or silent: nothing in flight can be confirmed any more.
    const auto loseAll = [&](const QString& why) {
        for (auto& [msgid, entry] : inFlight) {
            const Write& write = writes.at(msgid);
            auto error = Models::makeError(
                Models::ErrorCode::Unavailable,
                QStringLiteral("%1 before the directory confirmed: %2. Whether it was applied is unknown; the next "
                               "preview shows the account as it is")
                    .arg(why, write.action));
            error.context.workerId = operations.at(entry.index).workerId;
            report(entry.index, std::unexpected(error));
        }
        inFlight.clear();
        writes.clear();
        entriesInFlight.clear();
        m_connection.close();
    };
    const auto collectOne = [&] {
        if (!m_connection.isOpen()) {
            loseAll(QStringLiteral("The connection to %1 was lost").arg(m_settings.hostPort()));
            return;
        }
        ::ldap* ld = m_connection.handle();
        timeval timeout{m_settings.timeoutSeconds, 0};
        LDAPMessage* message = nullptr;
        const int type = ldap_result(ld, LDAP_RES_ANY, LDAP_MSG_ALL, &timeout, &message);
        if (type <= 0) {
            ldap_msgfree(message);
            loseAll(type == 0 ? QStringLiteral("The directory at %1 did not answer within %2 s")
                                    .arg(m_settings.hostPort())
                                    .arg(m_settings.timeoutSeconds)
                              : QStringLiteral("The connection to %1 was lost").arg(m_settings.hostPort()));
            return;
        }
        const int msgid = ldap_msgid(message);
        const auto it = inFlight.find(msgid);
        if (it == inFlight.end()) {
            ldap_msgfree(message);
            // messageID 0: an unsolicited notification, i.e. the server is closing (RFC 4511 §4.4.1).
            if (msgid == 0)
                loseAll(QStringLiteral("The directory at %1 closed the connection").arg(m_settings.hostPort()));
            return;
        }
        int code = LDAP_SUCCESS;
        // Also stores the diagnostic on the handle, where errorFor() reads it.
        const int parsed = ldap_parse_result(ld, message, &code, nullptr, nullptr, nullptr, nullptr, 1);
        if (parsed != LDAP_SUCCESS)
            code = parsed;
        const qsizetype index = it->second.index;
        Write& write = writes.at(msgid);
        const Models::Operation& operation = operations.at(index);
        if (code == LDAP_SUCCESS) {
            const QString note = write.note;
            finished(msgid);
            report(index, note);
            return;
        }
        if (write.onFailure)
            write.onFailure();
        auto error = errorFor(code, write.action, operation);
        if (code == LDAP_ALREADY_EXISTS && write.add)
            error = collision(std::move(error), write.dn, operation);
        finished(msgid);
        report(index, std::unexpected(error));
    };
    const auto drain = [&] {
        while (!inFlight.empty())
            collectOne();
    };

    for (qsizetype i = 0; i < operations.size() && !stop && !cancel.isCancelled(); ++i) {
        const Models::Operation& operation = operations.at(i);
        if (!checkOperation(operation) || operation.kind == Models::OperationKind::None || !isSingleWrite(operation)) {
            drain();
            if (!stop && sending(i))
                report(i, applyOne(operation));
            continue;
        }
        auto write = operation.kind == Models::OperationKind::Create ? prepareCreate(operation)
                                                                      : prepareModify(operation, operation.targetId);
        if (!write || write->mods->isEmpty()) {
            if (sending(i))
                report(i, write ? Result<QString>(write->note) : std::unexpected(write.error()));
            continue;
        }
        const QString key = comparableDn(write->dn);
        while (entriesInFlight.contains(key) && !inFlight.empty())
            collectOne();
        if (!m_connection.isOpen()) {
            drain();
            if (auto opened = m_connection.open(); !opened) {
                if (sending(i))
                    report(i, std::unexpected(opened.error()));
                continue;
            }
        }
        if (stop || !sending(i))
            break;
        const QByteArray dn = write->dn.toUtf8();
        int msgid = 0;
        ::ldap* ld = m_connection.handle();
        const int rc = write->add ? ldap_add_ext(ld, dn.constData(), write->mods->data(), nullptr, nullptr, &msgid)
                                  : ldap_modify_ext(ld, dn.constData(), write->mods->data(), nullptr, nullptr, &msgid);
        if (rc != LDAP_SUCCESS) {
            if (write->onFailure)
                write->onFailure();
            report(i, std::unexpected(errorFor(rc, write->action, operation)));
            if (isConnectionLost(rc))
                loseAll(QStringLiteral("The connection to %1 was lost").arg(m_settings.hostPort()));
            continue;
        }
        inFlight.emplace(msgid, InFlight{i, key});
        writes.emplace(msgid, std::move(*write));
        ++entriesInFlight[key];
        while (inFlight.size() >= static_cast<size_t>(pipelineWindow))
            collectOne();
    }
    drain();
}

} // namespace Tenure::Connectors
