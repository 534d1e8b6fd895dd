// Cutting a CSV body into pieces that can be parsed at the same time: every cut follows a line
// feed outside quotes, the pieces put together are the body, and a line feed inside a quoted
// field (or after a doubled quote) is never a cut.
#include "connectors/hr/csv/csvsplit.h"

#include <QTest>

using namespace Tenure::Connectors;

namespace {

QByteArray joined(const QList<QByteArrayView>& pieces)
{
    QByteArray all;
    for (const auto piece : pieces)
        all += piece.toByteArray();
    return all;
}

// Whether `at` (an offset into `body`) follows a line feed with an even number of quotes before it.
bool isRecordStart(const QByteArray& body, qsizetype at)
{
    return at > 0 && body.at(at - 1) == '\n' && body.left(at).count('"') % 2 == 0;
}

} // namespace

class TestCsvSplit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void piecesPutTogetherAreTheBodyAndStartAtRecords_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("parts");
        QByteArray plain;
        for (int i = 0; i < 200; ++i)
            plain += "W" + QByteArray::number(i) + ",Ann,Engineer\r\n";
        QByteArray quoted;
        for (int i = 0; i < 200; ++i)
            quoted += "W" + QByteArray::number(i) + ",\"Line one\nline two, \"\"quoted\"\"\nline three\",x\n";
        QTest::newRow("plain, 7 parts") << plain << 7;
        QTest::newRow("multi-line quoted fields, 7 parts") << quoted << 7;
        QTest::newRow("multi-line quoted fields, 64 parts") << quoted << 64;
        QTest::newRow("no final line feed") << QByteArray(plain + "W999,Last,One") << 5;
        QTest::newRow("one part") << plain << 1;
    }
    void piecesPutTogetherAreTheBodyAndStartAtRecords()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, parts);
        const auto pieces = splitAtRecords(body, parts);
        QVERIFY(pieces.size() >= 1);
        QVERIFY(pieces.size() <= parts);
        QCOMPARE(joined(pieces), body);
        qsizetype at = 0;
        for (const auto piece : pieces) {
            QVERIFY(!piece.isEmpty());
            if (at > 0)
                QVERIFY2(isRecordStart(body, at), qPrintable(QStringLiteral("a piece starts at %1").arg(at)));
            at += piece.size();
        }
        if (parts > 1 && body.size() > 1000)
            QVERIFY2(pieces.size() > 1, "a body of many records is cut");
    }

    void aBodyWhoseOnlyLineFeedsAreQuotedIsOnePiece()
    {
        const QByteArray body = "1,\"a\nb\nc\nd\ne\nf\ng\nh\",x";
        const auto pieces = splitAtRecords(body, 4);
        QCOMPARE(pieces.size(), 1);
        QCOMPARE(pieces.at(0).toByteArray(), body);
    }

    void anEmptyBodyIsOneEmptyPiece()
    {
        const auto pieces = splitAtRecords(QByteArrayView(), 4);
        QCOMPARE(pieces.size(), 1);
        QVERIFY(pieces.at(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvSplit)
#include "tst_csvsplit.moc"
