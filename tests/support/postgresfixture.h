#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Tenure::Tests {

// A throwaway PostgreSQL cluster for one test (docs: /work/shared/PEERS.md): initdb and pg_ctl
// run as the postgres user through runuser (both refuse root), listening on 127.0.0.1 only at a
// random port, scram-sha-256 for TCP with a random superuser password. Stopped when the fixture
// is destroyed: pg_ctl stop -m fast, then SIGKILL of the postmaster's pid if it is still there.
//
//   PostgresFixture pg;
//   if (!pg.canRun()) QSKIP(qPrintable(pg.whyNot()));
//   QVERIFY2(pg.start(), qPrintable(pg.errorString()));
//   QVERIFY(pg.psql("CREATE TABLE …"));
class PostgresFixture {
public:
    PostgresFixture();
    ~PostgresFixture();
    PostgresFixture(const PostgresFixture&) = delete;
    PostgresFixture& operator=(const PostgresFixture&) = delete;

    // Root (for runuser), a postgres user, initdb and the QPSQL driver: otherwise whyNot() says which is missing.
    [[nodiscard]] bool canRun() const { return m_whyNot.isEmpty(); }
    [[nodiscard]] QString whyNot() const { return m_whyNot; }

    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString user() const { return QStringLiteral("postgres"); }
    [[nodiscard]] QString password() const { return m_password; }
    [[nodiscard]] QString database() const { return QStringLiteral("postgres"); }

    // Runs SQL with psql over the Unix socket (trust auth for the local superuser).
    [[nodiscard]] bool psql(const QString& sql, QString* output = nullptr);

private:
    [[nodiscard]] bool run(const QStringList& arguments, int timeoutMs, QString* output = nullptr);

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_password;
    QString m_error;
    QString m_whyNot;
    int m_port = 0;
    bool m_running = false;
};

} // namespace Tenure::Tests
