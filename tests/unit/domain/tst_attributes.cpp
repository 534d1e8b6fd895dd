// Attributes must behave exactly like the QMap<QString, QStringList> it replaced (order, nulls,
// copies, equality) while storing values in their compact form; AttributeName must give one id
// per text, from any thread.
#include "models/domain/attributes.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>
#include <thread>

using namespace Tenure::Models;

namespace {

using Reference = QMap<QString, AttributeValue>;

QList<std::pair<QString, AttributeValue>> contents(const Attributes& attributes)
{
    QList<std::pair<QString, AttributeValue>> out;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

QList<std::pair<QString, AttributeValue>> contents(const Reference& reference)
{
    QList<std::pair<QString, AttributeValue>> out;
    for (auto it = reference.cbegin(); it != reference.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

// Values that exercise every stored form: Latin-1, UTF-16 (with and without the padding byte
// before it), surrogate pairs, a lone surrogate, empty text, and lengths past one varint byte.
QString randomText(QRandomGenerator& random)
{
    static const QStringList samples{
        QString(), QStringLiteral(""), QStringLiteral("a"), QStringLiteral("Zoë Ångström"), QStringLiteral("Łukasz"),
        QStringLiteral("李小龙"), QStringLiteral("ab李"), QString::fromUtf16(u"\U0001F600 smile"),
        QString(QChar(0xD800)) + QStringLiteral("lone"), QStringLiteral("  padded  "), QString(200, QLatin1Char('x')),
        QString(70, QChar(0x0416)), QStringLiteral("ÿ"), QString(QChar(0x100))};
    return samples.at(random.bounded(int(samples.size())));
}

AttributeValue randomValue(QRandomGenerator& random)
{
    AttributeValue value;
    const int count = random.bounded(4);   // 0: null
    for (int i = 0; i < count; ++i)
        value.append(randomText(random));
    return value;
}

QString randomName(QRandomGenerator& random)
{
    static const QStringList names{QStringLiteral("mail"), QStringLiteral("Mail"), QStringLiteral("givenName"),
                                   QStringLiteral("sn"), QStringLiteral("employeeID"), QStringLiteral("é"),
                                   QStringLiteral("Nom de famille"), QStringLiteral(""), QStringLiteral("z"),
                                   QStringLiteral("a.b.c"), QStringLiteral("manager"), QStringLiteral("title")};
    return names.at(random.bounded(int(names.size())));
}

} // namespace

class TestAttributes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valuesComeBackAsInserted_data()
    {
        QTest::addColumn<AttributeValue>("value");
        QTest::newRow("null") << AttributeValue();
        QTest::newRow("empty text") << AttributeValue{QString()};
        QTest::newRow("ascii") << AttributeValue{QStringLiteral("Ada")};
        QTest::newRow("latin-1") << AttributeValue{QStringLiteral("Zoë Müller-Lüdenscheidt")};
        QTest::newRow("utf-16") << AttributeValue{QStringLiteral("Łukasz Żółć")};
        QTest::newRow("cjk") << AttributeValue{QStringLiteral("李小龙")};
        QTest::newRow("surrogate pair") << AttributeValue{QString::fromUtf16(u"\U0001F600")};
        QTest::newRow("lone surrogate kept") << AttributeValue{QString(QChar(0xDC00))};
        QTest::newRow("long (two-byte length)") << AttributeValue{QString(5000, QChar(0x00E9))};
        QTest::newRow("multi-valued, order kept")
            << AttributeValue{QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("Ł"), QString(), QStringLiteral("a")};
    }
    void valuesComeBackAsInserted()
    {
        QFETCH(AttributeValue, value);
        Attributes attributes;
        attributes.insert(QStringLiteral("odd"), {QStringLiteral("x")});   // puts what follows at an odd offset
        attributes.insert(QStringLiteral("value"), value);
        QCOMPARE(attributes.value(QStringLiteral("value")), value);
        QVERIFY(attributes.contains(QStringLiteral("value")));
        QCOMPARE(attributes.view(QStringLiteral("value")).size(), value.size());
        QVERIFY(attributes.view(QStringLiteral("value")).equals(value));
        QCOMPARE(attributes.value(QStringLiteral("odd")), AttributeValue{QStringLiteral("x")});
    }

    void absentAttributeIsNullAndNotContained()
    {
        Attributes attributes{{QStringLiteral("mail"), {QStringLiteral("a@example.test")}}};
        QVERIFY(!attributes.contains(QStringLiteral("Mail")));   // names are case-sensitive, as in QMap
        QVERIFY(attributes.value(QStringLiteral("Mail")).isEmpty());
        QCOMPARE(attributes.value(QStringLiteral("Mail"), {QStringLiteral("fallback")}), AttributeValue{QStringLiteral("fallback")});
        QVERIFY(attributes.view(QStringLiteral("never seen anywhere")).isEmpty());
        QVERIFY(firstValue(attributes, QStringLiteral("absent")).isNull());
        QVERIFY(attributes.constFind(QStringLiteral("absent")) == attributes.cend());
    }

    void iteratesInNameOrderWhateverTheInsertOrder()
    {
        Attributes attributes;
        const QStringList names{QStringLiteral("sn"), QStringLiteral("Mail"), QStringLiteral("givenName"),
                                QStringLiteral("mail"), QStringLiteral("é"), QStringLiteral("")};
        for (const auto& name : names)
            attributes.insert(name, {name + QStringLiteral("-value")});
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());   // QMap's order: UTF-16 code units
        QCOMPARE(attributes.keys(), sorted);
        QStringList iterated;
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
            iterated.append(it.key());
            QCOMPARE(*it, AttributeValue{it.key() + QStringLiteral("-value")});
        }
        QCOMPARE(iterated, sorted);
    }

    void insertReplacesAndRemoveForgets()
    {
        Attributes attributes;
        attributes.insert(QStringLiteral("title"), {QStringLiteral("Engineer")});
        attributes.insert(QStringLiteral("title"), {QStringLiteral("Principal Engineer"), QStringLiteral("Lead")});
        QCOMPARE(attributes.size(), 1);
        QCOMPARE(attributes.value(QStringLiteral("title")),
                 (AttributeValue{QStringLiteral("Principal Engineer"), QStringLiteral("Lead")}));
        QCOMPARE(attributes.take(QStringLiteral("title")), (AttributeValue{QStringLiteral("Principal Engineer"), QStringLiteral("Lead")}));
        QVERIFY(attributes.isEmpty());
        QCOMPARE(attributes.remove(QStringLiteral("title")), 0);
    }

    void aCopyIsIndependentOfTheOriginal()
    {
        Attributes original{{QStringLiteral("sn"), {QStringLiteral("Lovelace")}}};
        Attributes copy = original;
        copy.insert(QStringLiteral("sn"), {QStringLiteral("Byron")});
        copy.insert(QStringLiteral("givenName"), {QStringLiteral("Ada")});
        QCOMPARE(original.value(QStringLiteral("sn")), AttributeValue{QStringLiteral("Lovelace")});
        QCOMPARE(original.size(), 1);
        Attributes other = original;
        QCOMPARE(other.remove(QStringLiteral("sn")), 1);
        QCOMPARE(original.value(QStringLiteral("sn")), AttributeValue{QStringLiteral("Lovelace")});
        QVERIFY(!(copy == original));
    }

    void equalityIsByContentNotHistory()
    {
        Attributes a;
        a.insert(QStringLiteral("sn"), {QStringLiteral("Lovelace")});
        a.insert(QStringLiteral("mail"), {QStringLiteral("ada@example.test")});
        Attributes b;
        b.insert(QStringLiteral("mail"), {QStringLiteral("old@example.test")});
        b.insert(QStringLiteral("sn"), {QStringLiteral("Lovelace")});
        QVERIFY(!(a == b));
        b.insert(QStringLiteral("mail"), {QStringLiteral("ada@example.test")});   // leaves the old value behind
        QVERIFY(a == b);
        b.squeeze();
        QVERIFY(a == b);
        b.insertValue(QStringLiteral("sn"), u"Lovelace ");
        QVERIFY(!(a == b));
        QVERIFY(!(a.view(QStringLiteral("sn")) == b.view(QStringLiteral("sn"))));
        QVERIFY(a.view(QStringLiteral("mail")) == b.view(QStringLiteral("mail")));
    }

    void insertingARecordMergesItsValuesOverOurs()
    {
        Attributes ours{{QStringLiteral("sn"), {QStringLiteral("Lovelace")}}, {QStringLiteral("title"), {QStringLiteral("Countess")}}};
        const Attributes theirs{{QStringLiteral("title"), {QStringLiteral("Analyst"), QStringLiteral("Łódź")}},
                                {QStringLiteral("mail"), {QStringLiteral("ada@example.test")}}};
        ours.insert(theirs);
        QCOMPARE(ours.keys(), (QStringList{QStringLiteral("mail"), QStringLiteral("sn"), QStringLiteral("title")}));
        QCOMPARE(ours.value(QStringLiteral("title")), (AttributeValue{QStringLiteral("Analyst"), QStringLiteral("Łódź")}));
        QCOMPARE(ours.value(QStringLiteral("sn")), AttributeValue{QStringLiteral("Lovelace")});
    }

    // Random edits applied to both must leave Attributes and the QMap reference indistinguishable.
    void behavesLikeTheMapItReplaced()
    {
        QRandomGenerator random(20240611);
        for (int round = 0; round < 200; ++round) {
            Attributes attributes;
            Reference reference;
            Attributes snapshot;   // a shared copy taken midway must keep what it saw
            Reference snapshotReference;
            for (int step = 0; step < 60; ++step) {
                const auto name = randomName(random);
                switch (random.bounded(5)) {
                case 0:
                case 1:
                case 2: {
                    const auto value = randomValue(random);
                    attributes.insert(name, value);
                    reference.insert(name, value);
                    break;
                }
                case 3:
                    QCOMPARE(attributes.remove(name), reference.remove(name));
                    break;
                case 4:
                    QCOMPARE(attributes.take(name), reference.take(name));
                    break;
                }
                if (step == 30) {
                    snapshot = attributes;
                    snapshotReference = reference;
                }
                QCOMPARE(attributes.size(), reference.size());
                QCOMPARE(attributes.contains(name), reference.contains(name));
                QCOMPARE(attributes.value(name), reference.value(name));
            }
            QCOMPARE(contents(attributes), contents(reference));
            QCOMPARE(contents(snapshot), contents(snapshotReference));
            Attributes rebuilt;
            for (auto it = reference.cbegin(); it != reference.cend(); ++it)
                rebuilt.insert(it.key(), it.value());
            QVERIFY(rebuilt == attributes);
            attributes.squeeze();
            QCOMPARE(contents(attributes), contents(reference));
        }
    }

    void oneIdPerNameFromAnyThread()
    {
        const QString text = QStringLiteral("employeeNumber-%1").arg(QRandomGenerator::global()->generate());
        QVERIFY(!AttributeName::find(text).isValid());
        constexpr int Threads = 4;
        std::array<QList<quint32>, Threads> seen;
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 500; ++i) {
                    seen[t].append(AttributeName(text).id());
                    seen[t].append(AttributeName(QStringLiteral("thread-%1-name-%2").arg(t).arg(i)).id());
                }
            });
        for (auto& thread : threads)
            thread.join();
        const AttributeName name(text);
        QVERIFY(name.isValid());
        QCOMPARE(name.toString(), text);
        QCOMPARE(AttributeName::find(text), name);
        QCOMPARE(AttributeName(QStringView(text).left(text.size())), name);   // same text elsewhere in memory
        QSet<quint32> distinct;
        for (const auto& ids : seen) {
            for (int i = 0; i < ids.size(); i += 2) {
                QCOMPARE(ids.at(i), name.id());
                distinct.insert(ids.at(i + 1));
            }
        }
        QCOMPARE(distinct.size(), Threads * 500);
        QCOMPARE(AttributeName(QStringLiteral("thread-3-name-499")).toString(), QStringLiteral("thread-3-name-499"));
    }

    // A source's fast path (UTF-8 bytes straight into one exactly sized block) must build the
    // very record the QString path builds: equal, and read back as the same text, whatever mix
    // of ASCII, Latin-1, other scripts and empty fields it holds.
    void aRecordBuiltFromUtf8FieldsEqualsOneBuiltFromStrings()
    {
        const QList<QByteArray> texts{"Ann", "", "Zoë Ångström", "Łukasz 🎉", QByteArray(300, 'x'), "a,b", "é", "日本"};
        QList<AttributeName> names;
        QList<QByteArrayView> fields;
        Attributes fromStrings;
        for (int i = 0; i < texts.size(); ++i) {
            names.append(AttributeName(QStringLiteral("F%1").arg(i)));
            fields.append(texts.at(i));
            if (!texts.at(i).isEmpty())
                fromStrings.insertValue(names.constLast(), QString::fromUtf8(texts.at(i)));
        }
        const auto fromUtf8 = Attributes::fromUtf8Fields(names.constData(), fields.constData(), fields.size());
        QCOMPARE(fromUtf8.size(), texts.size() - 1);   // the empty field is left out
        QCOMPARE(fromUtf8, fromStrings);
        for (int i = 0; i < texts.size(); ++i)
            QCOMPARE(firstValue(fromUtf8, QStringLiteral("F%1").arg(i)), QString::fromUtf8(texts.at(i)));
        // It is an ordinary record afterwards: a change goes in like any other.
        auto changed = fromUtf8;
        changed.insertValue(QStringLiteral("F0"), u"Bob");
        QCOMPARE(firstValue(changed, QStringLiteral("F0")), QStringLiteral("Bob"));
        QCOMPARE(firstValue(fromUtf8, QStringLiteral("F0")), QStringLiteral("Ann"));
        QVERIFY(Attributes::fromUtf8Fields(names.constData(), fields.constData(), 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttributes)
#include "tst_attributes.moc"
