// ZipWriter: archives that read back entry for entry, with CRC-32s checked by an independent
// implementation, as UTF-8 names, and that another ZIP implementation (Python's zipfile) accepts.
#include "app/export/zipwriter.h"
#include "tests/support/zipreader.h"

#include <QBuffer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;
using App::ZipWriter;

namespace {

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

} // namespace

class TestZipWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void entriesReadBackAsWritten()
    {
        const QByteArray text = QByteArray("Zoë Ångström\r\n").repeated(5000);
        const QByteArray noise = randomBytes(300000, 7);   // incompressible: deflate must not grow it wrongly
        QByteArray archive;
        QBuffer buffer(&archive);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ZipWriter zip(buffer, QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9)));
        QVERIFY(zip.addFile(QStringLiteral("text.txt"), text));
        QVERIFY(zip.addFile(QStringLiteral("stored/noise.bin"), noise, ZipWriter::Method::Store));
        QVERIFY(zip.addFile(QStringLiteral("deflated/noise.bin"), noise));
        QVERIFY(zip.addFile(QStringLiteral("empty"), {}));
        QVERIFY(zip.addFile(QStringLiteral("déjà vu/ß.txt"), "UTF-8 names"));
        QVERIFY(zip.finish());
        QCOMPARE(zip.bytesWritten(), archive.size());

        const auto entries = Tests::readZip(archive);
        QVERIFY2(entries, entries ? "" : qPrintable(entries.error()));
        QCOMPARE(entries->size(), 5);
        QCOMPARE(entries->at(0).name, QStringLiteral("text.txt"));
        QCOMPARE(entries->at(0).method, quint16(8));
        QCOMPARE(entries->at(0).data, text);
        QCOMPARE(entries->at(1).method, quint16(0));
        QCOMPARE(entries->at(1).data, noise);
        QCOMPARE(entries->at(2).data, noise);
        QCOMPARE(entries->at(3).data, QByteArray());
        QCOMPARE(entries->at(4).name, QStringLiteral("déjà vu/ß.txt"));
        for (const auto& entry : *entries)
            QVERIFY2(entry.flags & 0x0800, qPrintable(entry.name + QStringLiteral(" is not marked UTF-8")));
        QVERIFY2(archive.size() < text.size() / 20 + 2 * noise.size() + 1000, "text is compressed");
    }

    void anEntryWrittenInPiecesIsOneEntry()
    {
        QByteArray archive;
        QBuffer buffer(&archive);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ZipWriter zip(buffer);
        QVERIFY(zip.beginFile(QStringLiteral("sheet.xml")));
        QByteArray whole;
        for (int i = 0; i < 2000; ++i) {
            const QByteArray piece = QByteArray::number(i) + "<row/>";
            whole += piece;
            QVERIFY(zip.write(piece));
        }
        QVERIFY(zip.endFile());
        QVERIFY(zip.finish());
        const auto entries = Tests::readZip(archive);
        QVERIFY2(entries, entries ? "" : qPrintable(entries.error()));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->at(0).data, whole);
    }

    void theCrcIsTheStandardOne()
    {
        QByteArray archive;
        QBuffer buffer(&archive);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ZipWriter zip(buffer);
        QVERIFY(zip.addFile(QStringLiteral("check"), "123456789"));
        QVERIFY(zip.finish());
        const auto entries = Tests::readZip(archive);
        QVERIFY(entries);
        // The CRC-32 check value (ISO 3309 / ITU-T V.42, the one ZIP uses).
        QCOMPARE(entries->at(0).crc, 0xCBF43926u);
    }

    void theTimestampIsMsDosLocalTime()
    {
        QByteArray archive;
        QBuffer buffer(&archive);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ZipWriter zip(buffer, QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9)));
        QVERIFY(zip.addFile(QStringLiteral("a"), "a"));
        QVERIFY(zip.finish());
        const auto entries = Tests::readZip(archive);
        QVERIFY(entries);
        QCOMPARE(entries->at(0).dosDate, quint16(((2024 - 1980) << 9) | (3 << 5) | 5));
        QCOMPARE(entries->at(0).dosTime, quint16((14 << 11) | (7 << 5) | (9 / 2)));
    }

    void theSameContentGivesTheSameBytes()
    {
        const auto write = [] {
            QByteArray archive;
            QBuffer buffer(&archive);
            buffer.open(QIODevice::WriteOnly);
            ZipWriter zip(buffer, QDateTime(QDate(2025, 1, 1), QTime(0, 0)));
            (void)zip.addFile(QStringLiteral("a.xml"), QByteArray("<a/>").repeated(100));
            (void)zip.finish();
            return archive;
        };
        QCOMPARE(write(), write());
    }

    void namesAZipCannotHoldAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("backslash") << QStringLiteral("xl\\workbook.xml");
        QTest::newRow("drive") << QStringLiteral("C:evil");
    }
    void namesAZipCannotHoldAreRefused()
    {
        QFETCH(QString, name);
        QByteArray archive;
        QBuffer buffer(&archive);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ZipWriter zip(buffer);
        const auto added = zip.addFile(name, "x");
        QVERIFY(!added);
        QCOMPARE(added.error().code, Models::ErrorCode::InvalidInput);
    }

    void aDeviceThatRefusesWritesIsAnError()
    {
        QByteArray archive;
        QBuffer buffer(&archive);
        QVERIFY(buffer.open(QIODevice::ReadOnly));   // every write fails
        ZipWriter zip(buffer);
        const auto added = zip.addFile(QStringLiteral("a"), "a");
        QVERIFY(!added);
        QCOMPARE(added.error().code, Models::ErrorCode::Storage);
    }

    // Another implementation reads it too: Python's zipfile, which checks every CRC in testzip().
    void pythonsZipfileAcceptsTheArchive()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("check.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ZipWriter zip(file);
        QVERIFY(zip.addFile(QStringLiteral("a/ü.txt"), QByteArray("hello ").repeated(1000)));
        QVERIFY(zip.addFile(QStringLiteral("b.bin"), randomBytes(5000, 3), ZipWriter::Method::Store));
        QVERIFY(zip.finish());
        file.close();
        QProcess process;
        process.start(python, {QStringLiteral("-c"),
                               QStringLiteral("import sys, zipfile\n"
                                              "z = zipfile.ZipFile(sys.argv[1])\n"
                                              "bad = z.testzip()\n"
                                              "assert bad is None, bad\n"
                                              "print(','.join(z.namelist()))\n"),
                               path});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), QStringLiteral("a/ü.txt,b.bin"));
    }
};

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
