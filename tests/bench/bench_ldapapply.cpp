// Benchmark (not a test): applying N attribute modifications to a real slapd through
// LdapDirectory (pipelined applyBatch, and one apply() after the other) versus ldapmodify
// applying the same changes as LDIF, in the same run against the same server.
//
//   build/…/tests/bench/bench_ldapapply [modifications=20000] [runs=5]
//
// Each run writes new values (so every modify changes the entry) and alternates which client goes
// first; the medians are printed as a Markdown table for docs/benchmarks.md ("LDAP apply").
#include "tests/bench/median.h"
#include "connectors/directory/ldap/ldapdirectory.h"
#include "connectors/directory/ldap/ldapsettings.h"
#include "tests/support/slapdfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Tenure::Connectors;
using Tenure::Models::AttributeChange;
using Tenure::Models::Operation;
using Tenure::Models::OperationKind;
using Tenure::Tests::SlapdFixture;

namespace {

using Tenure::Bench::median;

QString uidOf(int i)
{
    return QStringLiteral("u%1").arg(i, 6, 10, QLatin1Char('0'));
}

QString seedLdif(int count, const QString& people)
{
    QString ldif;
    ldif.reserve(count * 120);
    for (int i = 0; i < count; ++i)
        ldif += QStringLiteral("dn: uid=%1,%2\nobjectClass: inetOrgPerson\nuid: %1\ncn: User %1\nsn: User\n\n")
                    .arg(uidOf(i), people);
    return ldif;
}

QString value(const QString& who, int run, int i)
{
    return QStringLiteral("%1 run %2 entry %3").arg(who).arg(run).arg(i);
}

// Seconds ldapmodify takes for the LDIF (one connection, one modify after the other).
double runLdapmodify(SlapdFixture& slapd, const QTemporaryDir& dir, int count, int run)
{
    QString ldif;
    ldif.reserve(count * 110);
    for (int i = 0; i < count; ++i)
        ldif += QStringLiteral("dn: uid=%1,%2\nchangetype: modify\nreplace: title\ntitle: %3\n-\n\n")
                    .arg(uidOf(i), slapd.peopleDn(), value(QStringLiteral("ldapmodify"), run, i));
    QFile file(dir.filePath(QStringLiteral("mods.ldif")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(ldif.toUtf8());
    file.close();
    QFile secret(dir.filePath(QStringLiteral("pw")));
    if (!secret.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the password file");
    secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    secret.write(slapd.password().toUtf8());
    secret.close();

    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("ldapmodify"), {QStringLiteral("-x"), QStringLiteral("-H"), slapd.url(), QStringLiteral("-D"),
                                                  slapd.bindDn(), QStringLiteral("-y"), secret.fileName(), QStringLiteral("-f"),
                                                  file.fileName()});
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        qFatal("ldapmodify failed: %s", process.readAllStandardError().constData());
    return timer.nsecsElapsed() / 1e9;
}

QList<Operation> operations(const SlapdFixture& slapd, int count, int run)
{
    QList<Operation> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Operation op;
        op.kind = OperationKind::Update;
        op.workerId = uidOf(i);
        op.targetId = QStringLiteral("uid=%1,%2").arg(uidOf(i), slapd.peopleDn());
        op.changes = {AttributeChange{QStringLiteral("title"), {}, {value(QStringLiteral("tenure"), run, i)}, {}}};
        list << op;
    }
    return list;
}

// Seconds LdapDirectory takes; pipelined: applyBatch, else apply() one by one. Counts failures.
double runTenure(LdapDirectory& directory, const QList<Operation>& ops, bool pipelined, int* failed)
{
    QElapsedTimer timer;
    timer.start();
    if (pipelined) {
        BatchCallbacks callbacks;
        callbacks.sending = [](qsizetype) { return true; };
        callbacks.done = [failed](qsizetype, const Tenure::Models::Result<QString>& outcome) {
            if (!outcome)
                ++*failed;
            return true;
        };
        directory.applyBatch(ops, callbacks, {});
    } else {
        for (const Operation& op : ops)
            if (!directory.apply(op))
                ++*failed;
    }
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    if (count <= 0 || runs <= 0)
        qFatal("usage: bench_ldapapply [modifications] [runs]");

    QTemporaryDir dir;
    SlapdFixture slapd;
    {
        QFile seed(dir.filePath(QStringLiteral("seed.ldif")));
        if (!seed.open(QIODevice::WriteOnly))
            qFatal("cannot write the seed");
        seed.write(seedLdif(count, QStringLiteral("ou=People,dc=example,dc=test")).toUtf8());
        seed.close();
        if (!slapd.start(seed.fileName()))
            qFatal("%s", qPrintable(slapd.errorString()));
    }
    auto settings = LdapSettings::fromJson(slapd.ldapSettings(false));
    if (!settings)
        qFatal("%s", qPrintable(settings.error().describe()));
    LdapDirectory directory(*settings, slapd.password());

    QList<double> ldapmodify, pipelined, sequential;
    for (int run = 0; run < runs; ++run) {
        const auto ops = operations(slapd, count, run);
        int failed = 0;
        double seconds[3] = {};
        // Alternate the order so neither client always meets a warmer (or more fragmented) database.
        if (run % 2 == 0) {
            seconds[0] = runLdapmodify(slapd, dir, count, run);
            seconds[1] = runTenure(directory, ops, true, &failed);
        } else {
            seconds[1] = runTenure(directory, ops, true, &failed);
            seconds[0] = runLdapmodify(slapd, dir, count, run);
        }
        seconds[2] = runTenure(directory, operations(slapd, count, run + 1000), false, &failed);
        if (failed)
            qFatal("%d modifications failed", failed);
        ldapmodify << seconds[0];
        pipelined << seconds[1];
        sequential << seconds[2];
        std::printf("run %d: ldapmodify %.2f s, Tenure pipelined %.2f s, Tenure one by one %.2f s\n", run + 1,
                    seconds[0], seconds[1], seconds[2]);
        std::fflush(stdout);
    }
    const double m = median(ldapmodify), p = median(pipelined), s = median(sequential);
    std::printf("\n| client (%d modifies, median of %d runs) | seconds | modifies/s | vs ldapmodify |\n"
                "|---|---:|---:|---:|\n"
                "| ldapmodify -f (one connection) | %.2f | %.0f | 1.00× |\n"
                "| LdapDirectory::applyBatch (pipelined, window %d) | %.2f | %.0f | %.2f× |\n"
                "| LdapDirectory::apply one by one | %.2f | %.0f | %.2f× |\n",
                count, runs, m, count / m, LdapDirectory::pipelineWindow, p, count / p, m / p, s, count / s, m / s);
    return 0;
}
