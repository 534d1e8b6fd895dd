// The CSV HR source: RFC 4180 parsing, delimiter detection, and malformed rows that become
// per-record errors naming their line while the others proceed.
#include "connectors/hr/csv/csvworkersource.h"

#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;

class TestCsvWorkerSource : public QObject {
    Q_OBJECT

private:
    static Models::HrSnapshot parse(const QByteArray& data)
    {
        Connectors::CsvWorkerSource source({QStringLiteral("workers.csv"), 0, QStringLiteral("WorkerID")});
        auto snapshot = source.parse(data, {});
        if (!snapshot)
            qFatal("parse failed: %s", qPrintable(snapshot.error().describe()));
        return *snapshot;
    }

private Q_SLOTS:
    void readsEveryDelimiterItDetects_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("comma") << QByteArray("WorkerID,Name\n1,Ann\n2,Bob\n");
        QTest::newRow("semicolon") << QByteArray("WorkerID;Name\n1;Ann\n2;Bob\n");
        QTest::newRow("tab") << QByteArray("WorkerID\tName\n1\tAnn\n2\tBob\n");
        QTest::newRow("crlf and bom") << QByteArray("\xEF\xBB\xBFWorkerID,Name\r\n1,Ann\r\n2,Bob\r\n");
        QTest::newRow("no final newline") << QByteArray("WorkerID,Name\n1,Ann\n2,Bob");
        QTest::newRow("blank lines") << QByteArray("WorkerID,Name\n\n1,Ann\n\n\n2,Bob\n\n");
    }
    void readsEveryDelimiterItDetects()
    {
        QFETCH(QByteArray, data);
        const auto snapshot = parse(data);
        QCOMPARE(snapshot.errors.size(), 0);
        QCOMPARE(snapshot.workers.size(), 2);
        QCOMPARE(snapshot.workers.at(0).workerId, QStringLiteral("1"));
        QCOMPARE(Models::firstValue(snapshot.workers.at(1).attributes, QStringLiteral("Name")), QStringLiteral("Bob"));
    }

    void keepsQuotedDelimitersQuotesAndNewlines()
    {
        const auto snapshot = parse("WorkerID,Name,Title\n"
                                    "1,\"Doe, Jane\",\"Says \"\"hi\"\"\"\n"
                                    "2,\"Multi\nLine\",x\n"
                                    "3,Zoë Ångström,y\n");
        QCOMPARE(snapshot.errors.size(), 0);
        QCOMPARE(snapshot.workers.size(), 3);
        QCOMPARE(Models::firstValue(snapshot.workers.at(0).attributes, QStringLiteral("Name")), QStringLiteral("Doe, Jane"));
        QCOMPARE(Models::firstValue(snapshot.workers.at(0).attributes, QStringLiteral("Title")), QStringLiteral("Says \"hi\""));
        QCOMPARE(Models::firstValue(snapshot.workers.at(1).attributes, QStringLiteral("Name")), QStringLiteral("Multi\nLine"));
        QCOMPARE(snapshot.workers.at(2).sourceLine, 5);   // the embedded newline moved it down a line
        QCOMPARE(Models::firstValue(snapshot.workers.at(2).attributes, QStringLiteral("Name")), QStringLiteral("Zoë Ångström"));
    }

    void malformedRowsBecomeErrorsWithTheirLineWhileOthersProceed_data()
    {
        QTest::addColumn<QByteArray>("badRow");
        QTest::addColumn<QString>("message");
        QTest::newRow("too few fields") << QByteArray("7,Short") << QStringLiteral("expected 3 fields");
        QTest::newRow("too many fields") << QByteArray("7,A,B,C") << QStringLiteral("expected 3 fields");
        QTest::newRow("stray quote") << QByteArray("7,Ab\"c,x") << QStringLiteral("quote inside an unquoted value");
        QTest::newRow("text after quote") << QByteArray("7,\"Ab\"c,x") << QStringLiteral("text after its closing quote");
        QTest::newRow("invalid utf-8") << QByteArray("7,\xC3\x28,x") << QStringLiteral("not valid UTF-8");
    }
    void malformedRowsBecomeErrorsWithTheirLineWhileOthersProceed()
    {
        QFETCH(QByteArray, badRow);
        QFETCH(QString, message);
        const auto snapshot = parse("WorkerID,Name,Title\n1,Ann,a\n" + badRow + "\n2,Bob,b\n");
        QCOMPARE(snapshot.workers.size(), 2);
        QCOMPARE(snapshot.errors.size(), 1);
        QCOMPARE(snapshot.errors.at(0).line, 3);
        QCOMPARE(snapshot.errors.at(0).workerId, QStringLiteral("7"));
        QVERIFY2(snapshot.errors.at(0).message.contains(message), qPrintable(snapshot.errors.at(0).message));
    }

    void anUnclosedQuoteIsAnErrorOnTheLineItOpens()
    {
        const auto snapshot = parse("WorkerID,Name\n1,Ann\n2,\"Bob\n3,Cy\n");
        QCOMPARE(snapshot.workers.size(), 1);
        QCOMPARE(snapshot.errors.size(), 1);
        QCOMPARE(snapshot.errors.at(0).line, 3);
        QVERIFY(snapshot.errors.at(0).message.contains(QStringLiteral("never closed")));
    }

    void emptyAndHeaderOnlyFilesHaveNoWorkers()
    {
        QCOMPARE(parse("").workers.size(), 0);
        QCOMPARE(parse("WorkerID,Name\n").workers.size(), 0);
    }

    void aHeaderWithoutTheWorkerIdColumnFailsTheReadAndNamesTheColumns()
    {
        Connectors::CsvWorkerSource source({QStringLiteral("hr.csv"), 0, QStringLiteral("WorkerID")});
        const auto snapshot = source.parse("Id;Name\n1;Ann\n", {});
        QVERIFY(!snapshot);
        QVERIFY(snapshot.error().message.contains(QStringLiteral("no WorkerID column")));
        QVERIFY(snapshot.error().message.contains(QStringLiteral("Id, Name")));
        QCOMPARE(snapshot.error().context.line, 1);
    }

    void aDuplicatedHeaderColumnFailsTheRead()
    {
        Connectors::CsvWorkerSource source({QStringLiteral("hr.csv"), 0, QStringLiteral("WorkerID")});
        const auto snapshot = source.parse("WorkerID,Name,Name\n1,a,b\n", {});
        QVERIFY(!snapshot);
        QVERIFY(snapshot.error().message.contains(QStringLiteral("twice")));
    }

    void aMissingFileNamesThePath()
    {
        Connectors::CsvWorkerSource source({QStringLiteral("/nonexistent/hr.csv"), 0, QStringLiteral("WorkerID")});
        const auto snapshot = source.read({});
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code, Models::ErrorCode::NotFound);
        QVERIFY(snapshot.error().message.contains(QStringLiteral("/nonexistent/hr.csv")));
    }

    void settingsRejectAnUnknownDelimiterNamingTheField()
    {
        const auto settings = Connectors::CsvSourceSettings::fromJson(
            {{QStringLiteral("path"), QStringLiteral("a.csv")}, {QStringLiteral("delimiter"), QStringLiteral("#")}});
        QVERIFY(!settings);
        QCOMPARE(settings.error().context.attribute, QStringLiteral("delimiter"));
    }

    // The encoding rule of textencoding.h: a BOM decides; valid UTF-8 is UTF-8; invalid bytes with
    // no valid multi-byte sequence (at least two) are Windows-1252; one stray byte is damage.
    void detectsTheEncoding_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QString text = QStringLiteral("WorkerID;Name\n1;Zoë Ångström\n2;€uro\n");
        QTest::newRow("utf-8") << text.toUtf8();
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8());
        auto utf16 = [&](QStringConverter::Encoding e, const char* bom) {
            QStringEncoder encoder(e);
            return QByteArray(bom) + QByteArray(encoder.encode(text));
        };
        QTest::newRow("utf-16le bom") << utf16(QStringConverter::Utf16LE, "\xFF\xFE");
        QTest::newRow("utf-16be bom") << utf16(QStringConverter::Utf16BE, "\xFE\xFF");
        QTest::newRow("windows-1252") << QByteArray("WorkerID;Name\n1;Zo\xEB \xC5ngstr\xF6m\n2;\x80uro\n");
    }
    void detectsTheEncoding()
    {
        QFETCH(QByteArray, data);
        const auto snapshot = parse(data);
        QCOMPARE(snapshot.errors.size(), 0);
        QCOMPARE(snapshot.workers.size(), 2);
        QCOMPARE(Models::firstValue(snapshot.workers.at(0).attributes, QStringLiteral("Name")), QStringLiteral("Zoë Ångström"));
        QCOMPARE(Models::firstValue(snapshot.workers.at(1).attributes, QStringLiteral("Name")), QStringLiteral("€uro"));
    }

    void aStrayByteInUtf8IsAnErrorForItsRecordNotAnEncodingGuess()
    {
        const auto snapshot = parse("WorkerID,Name\n1,Zoë\n2,B\xE9la\n");
        QCOMPARE(snapshot.workers.size(), 1);
        QCOMPARE(snapshot.errors.size(), 1);
        QCOMPARE(snapshot.errors.at(0).line, 3);
    }

    void anExplicitEncodingOverridesDetection()
    {
        auto settings = Connectors::CsvSourceSettings::fromJson(
            {{QStringLiteral("path"), QStringLiteral("a.csv")}, {QStringLiteral("encoding"), QStringLiteral("windows-1252")}});
        QVERIFY(settings);
        Connectors::CsvWorkerSource source(*settings);
        const auto snapshot = source.parse("WorkerID,Name\n1,B\xE9la\n", {});
        QVERIFY(snapshot);
        QCOMPARE(Models::firstValue(snapshot->workers.at(0).attributes, QStringLiteral("Name")), QStringLiteral("Béla"));
        QVERIFY(!Connectors::CsvSourceSettings::fromJson(
            {{QStringLiteral("path"), QStringLiteral("a.csv")}, {QStringLiteral("encoding"), QStringLiteral("ebcdic")}}));
    }

    void detectsPipeAndTabDelimiters()
    {
        QCOMPARE(parse("WorkerID|Name\n1|Ann\n").workers.size(), 1);
        QCOMPARE(Models::firstValue(parse("WorkerID\tName\n1\tAnn, B\n").workers.at(0).attributes, QStringLiteral("Name")),
                 QStringLiteral("Ann, B"));
    }

    void theHeaderMappingRenamesColumnsToFieldNames()
    {
        auto settings = Connectors::CsvSourceSettings::fromJson(
            {{QStringLiteral("path"), QStringLiteral("a.csv")},
             {QStringLiteral("columns"), QJsonObject{{QStringLiteral("Employee Number"), QStringLiteral("WorkerID")},
                                                     {QStringLiteral("Last Name"), QStringLiteral("Surname")}}}});
        QVERIFY(settings);
        Connectors::CsvWorkerSource source(*settings);
        const auto snapshot = source.parse("Employee Number,Last Name,Title\n7,Ng,Nurse\n", {});
        QVERIFY(snapshot);
        QCOMPARE(snapshot->workers.at(0).workerId, QStringLiteral("7"));
        QCOMPARE(Models::firstValue(snapshot->workers.at(0).attributes, QStringLiteral("Surname")), QStringLiteral("Ng"));
        QVERIFY(!snapshot->workers.at(0).attributes.contains(QStringLiteral("Last Name")));

        const auto missing = source.parse("Employee Number,Name\n7,Ng\n", {});
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("Last Name")), qPrintable(missing.error().message));
    }

    void duplicateAndMissingWorkerIdsAreErrorsOnEveryRecord()
    {
        const auto snapshot = parse("WorkerID,Name\n1,Ann\n2,Bob\n1,Ann2\n,Nobody\n3,Cy\n");
        QCOMPARE(snapshot.workers.size(), 2);   // Bob and Cy
        QCOMPARE(snapshot.errors.size(), 3);
        QStringList lines;
        for (const auto& e : snapshot.errors)
            lines.append(QStringLiteral("%1:%2").arg(e.line).arg(e.message));
        QVERIFY2(lines.filter(QStringLiteral("2:worker id 1 occurs more than once")).size() == 1, qPrintable(lines.join('|')));
        QVERIFY2(lines.filter(QStringLiteral("4:worker id 1 occurs more than once (first at line 2)")).size() == 1,
                 qPrintable(lines.join('|')));
        QVERIFY2(lines.filter(QStringLiteral("5:the record has no worker id")).size() == 1, qPrintable(lines.join('|')));
    }

    void recordRulesCatchMissingFieldsBadDatesAndUnknownStatuses_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing required") << QByteArray("9,,2024-01-02,Active") << QStringLiteral("required field Email");
        QTest::newRow("invalid date") << QByteArray("9,a@x,2024-02-30,Active") << QStringLiteral("not a date");
        QTest::newRow("unknown status") << QByteArray("9,a@x,2024-01-02,Retired") << QStringLiteral("unknown status 'Retired'");
    }
    void recordRulesCatchMissingFieldsBadDatesAndUnknownStatuses()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, message);
        auto settings = Connectors::CsvSourceSettings::fromJson(QJsonDocument::fromJson(R"({"path": "a.csv",
            "records": {"required": ["Email"], "dateFields": ["HireDate"], "statusField": "Status",
                        "statusValues": ["Active", "Terminated"]}})").object());
        QVERIFY(settings);
        Connectors::CsvWorkerSource source(*settings);
        const auto snapshot = source.parse("WorkerID,Email,HireDate,Status\n1,b@x,2024-01-01,Active\n" + row + "\n", {});
        QVERIFY(snapshot);
        QCOMPARE(snapshot->workers.size(), 1);
        QCOMPARE(snapshot->errors.size(), 1);
        QCOMPARE(snapshot->errors.at(0).workerId, QStringLiteral("9"));
        QCOMPARE(snapshot->errors.at(0).line, 3);
        QVERIFY2(snapshot->errors.at(0).message.contains(message), qPrintable(snapshot->errors.at(0).message));
    }

    void settingsErrorsNameTheField()
    {
        const auto bad = Connectors::CsvSourceSettings::fromJson(QJsonDocument::fromJson(
            R"({"path": "a.csv", "records": {"statusField": "Status"}})").object());
        QVERIFY(!bad);
        QCOMPARE(bad.error().context.attribute, QStringLiteral("records.statusValues"));
    }

    // A file of tens of megabytes is read in pieces at once (csvsplit.h): what it gives must be
    // what a reading in one piece gives — every worker in file order, multi-line quoted fields
    // whole, and every error on the line where its record starts.
    void aBigFileReadInPiecesGivesWhatOnePieceGives()
    {
        QByteArray data = "WorkerID,Name,Note\r\n";
        int line = 2;
        QList<int> badLines;
        const int records = 400000;
        for (int i = 0; i < records; ++i) {
            const auto id = QByteArray::number(100000 + i);
            if (i % 50000 == 7) {   // a record short of a field
                data += id + ",Short\r\n";
                badLines.append(line);
                line += 1;
            } else if (i % 3 == 0) {   // a note over three lines, with a doubled quote
                data += id + ",Zoë Ångström,\"first\r\nsecond \"\"quoted\"\"\r\nthird\"\r\n";
                line += 3;
            } else {
                data += id + ",Ann Lee,plain\r\n";
                line += 1;
            }
        }
        QVERIFY(data.size() > 8 << 20);   // enough for several pieces of 4 MB
        const auto snapshot = parse(data);
        QCOMPARE(snapshot.workers.size() + snapshot.errors.size(), records);
        QCOMPARE(snapshot.errors.size(), badLines.size());
        for (int i = 0; i < badLines.size(); ++i)
            QCOMPARE(snapshot.errors.at(i).line, badLines.at(i));
        int expectedLine = 2;
        int next = 0;
        for (int i = 0; i < records; ++i) {
            if (i % 50000 == 7) {
                expectedLine += 1;
                continue;
            }
            const auto& worker = snapshot.workers.at(next++);
            QCOMPARE(worker.workerId, QString::number(100000 + i));
            QCOMPARE(worker.sourceLine, expectedLine);
            if (i % 3 == 0) {
                QCOMPARE(Models::firstValue(worker.attributes, QStringLiteral("Note")),
                         QStringLiteral("first\r\nsecond \"quoted\"\r\nthird"));
                QCOMPARE(Models::firstValue(worker.attributes, QStringLiteral("Name")), QStringLiteral("Zoë Ångström"));
            }
            expectedLine += i % 3 == 0 ? 3 : 1;
        }
    }

    // A stray quote early in a big file would move every cut after it: the read notices the
    // format error and reads the file in one piece, so nothing after it is misread.
    void aStrayQuoteInABigFileDoesNotMisreadWhatFollows()
    {
        QByteArray data = "WorkerID,Name\n1,An\"n\n2,\"Bob\n";   // 1: stray quote; 2: a quote opened...
        for (int i = 0; i < 500000; ++i)
            data += QByteArray::number(10 + i) + ",Name " + QByteArray::number(i) + "\n";
        data += "3,\"closed at last\"\n";
        QVERIFY(data.size() > 8 << 20);
        const auto snapshot = parse(data);
        QCOMPARE(snapshot.workers.size(), 0);   // Bob's field swallows everything up to the final quote
        QCOMPARE(snapshot.errors.size(), 2);
        QCOMPARE(snapshot.errors.at(0).line, 2);
        QVERIFY(snapshot.errors.at(0).message.contains(QStringLiteral("quote inside an unquoted value")));
        QCOMPARE(snapshot.errors.at(1).line, 3);
    }

    void aPipeDelimiterIsASetting()
    {
        const auto settings = Connectors::CsvSourceSettings::fromJson(
            {{QStringLiteral("path"), QStringLiteral("a.csv")}, {QStringLiteral("delimiter"), QStringLiteral("|")}});
        QVERIFY(settings);
        QCOMPARE(settings->delimiter, '|');
        QCOMPARE(settings->toJson().value(QStringLiteral("delimiter")).toString(), QStringLiteral("|"));
    }

    void readsAFileFromDisk()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("hr.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("WorkerID,Name\n1,Ann\n");
        file.close();
        Connectors::CsvWorkerSource source({path, 0, QStringLiteral("WorkerID")});
        auto tested = source.testConnection();
        QVERIFY(tested);
        QVERIFY(tested->contains(QStringLiteral("1 workers")));
    }
};

QTEST_GUILESS_MAIN(TestCsvWorkerSource)
#include "tst_csvworkersource.moc"
