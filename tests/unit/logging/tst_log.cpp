// Diagnostics: QString formats directly, and a registered secret never reaches the log file.
#include "app/logging/log.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure::App;

class TestLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aRegisteredSecretIsRedactedFromTheLogFile()
    {
        QTemporaryDir dir;
        Log::Options options;
        options.folder = dir.path();
        Log::init(options);
        const QString secret = QStringLiteral("S3cret-Bind-Pw");
        Log::neverLog(secret);
        spdlog::info("binding to {} with {}", QStringLiteral("ldaps://dc:636 ü"), secret);
        Log::shutdown();

        QFile file(dir.filePath(QStringLiteral("tenure.log")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("binding to ldaps://dc:636 ü with ***")), qPrintable(text));
        QVERIFY(!text.contains(secret));
    }
};

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
