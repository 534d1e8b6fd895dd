#include "demopeople.h"

#include "demonames.h"

#include <QHash>
#include <QRandomGenerator>
#include <algorithm>
#include <numeric>

namespace Tenure::App::Demo {
namespace {

const QString EmailDomain = QStringLiteral("example.test");

// A person while the organisation is being built: indices instead of ids, which come last.
struct Draft {
    DemoPerson person;
    int culture = 0;
    bool feminine = false;
    int managerIndex = -1;
    QDate firstHired;   // orders the worker ids: ids grow with the first hire date
};

int pick(QRandomGenerator& rng, int size) { return int(rng.bounded(quint32(size))); }

template <typename T>
const T& pickFrom(QRandomGenerator& rng, const QList<T>& list)
{
    return list.at(pick(rng, int(list.size())));
}

// A value from `list` other than `current` (the lists all hold more than one value).
QString another(QRandomGenerator& rng, const QStringList& list, const QString& current)
{
    QString value = current;
    while (value == current)
        value = pickFrom(rng, list);
    return value;
}

QString surnameFor(const QString& entry, bool feminine)
{
    const auto forms = entry.split(u'|');
    return feminine && forms.size() > 1 ? forms.at(1) : forms.at(0);
}

int weightedIndex(QRandomGenerator& rng, const QList<int>& weights)
{
    int total = 0;
    for (int weight : weights)
        total += weight;
    int roll = pick(rng, total);
    for (int i = 0; i < weights.size(); ++i) {
        if (roll < weights.at(i))
            return i;
        roll -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

// Mail local parts are ASCII: strip diacritics (NFD then drop the marks) and spell out the letters
// that do not decompose (ł, ø, ß, đ, ı, æ), then keep letters and digits only ("O'Brien" → obrien).
QString asciiFold(const QString& text)
{
    static const QHash<QChar, QString> spelled{
        {QChar(0x0141), QStringLiteral("L")}, {QChar(0x0142), QStringLiteral("l")},
        {QChar(0x00D8), QStringLiteral("O")}, {QChar(0x00F8), QStringLiteral("o")},
        {QChar(0x00DF), QStringLiteral("ss")}, {QChar(0x0110), QStringLiteral("D")},
        {QChar(0x0111), QStringLiteral("d")}, {QChar(0x0131), QStringLiteral("i")},
        {QChar(0x00C6), QStringLiteral("AE")}, {QChar(0x00E6), QStringLiteral("ae")},
    };
    QString spelledOut;
    for (const QChar c : text)
        spelledOut += spelled.value(c, QString(c));
    QString folded;
    for (const QChar c : spelledOut.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 0x80 && c.isLetterOrNumber())
            folded += c.toLower();
    }
    return folded;
}

QString phoneNumber(QRandomGenerator& rng, const QString& prefix)
{
    return QStringLiteral("%1 %2 %3")
        .arg(prefix)
        .arg(5550 + pick(rng, 50))
        .arg(pick(rng, 10000), 4, 10, QLatin1Char('0'));
}

class Organisation {
public:
    Organisation(const QDate& today, quint32 seed, const DemoMix& mix) : m_today(today), m_rng(seed), m_mix(mix)
    {
        for (const auto& office : offices())
            m_officeWeights.append(office.weight);
    }

    QList<DemoPerson> build()
    {
        buildHierarchy();
        assignRoles();
        addFormerWorkers();
        assignNamesakes();
        assignIds();
        assignEmails();
        QList<DemoPerson> people;
        for (const auto& draft : std::as_const(m_drafts))
            people.append(draft.person);
        std::sort(people.begin(), people.end(),
                  [](const DemoPerson& a, const DemoPerson& b) { return a.workerId < b.workerId; });
        return people;
    }

private:
    int addPerson(const QString& department, const QString& title, int managerIndex, int daysAgoMin, int daysAgoMax)
    {
        Draft draft;
        const int officeIndex = weightedIndex(m_rng, m_officeWeights);
        const auto& office = offices().at(officeIndex);
        // Most people carry the names of the country they were hired in; offices are international.
        draft.culture = m_rng.bounded(100) < 75 ? office.culture : pick(m_rng, int(cultures().size()));
        draft.feminine = m_rng.bounded(2) == 1;
        const auto& names = cultures().at(draft.culture);
        draft.person.firstName = pickFrom(m_rng, draft.feminine ? names.feminine : names.masculine);
        draft.person.lastName = surnameFor(pickFrom(m_rng, names.surnames), draft.feminine);
        draft.person.department = department;
        draft.person.jobTitle = title;
        draft.person.location = office.city;
        draft.person.workerType = QStringLiteral("Employee");
        if (m_rng.bounded(10) != 0)
            draft.person.phone = phoneNumber(m_rng, office.phonePrefix);
        draft.person.hireDate = m_today.addDays(-(daysAgoMin + pick(m_rng, daysAgoMax - daysAgoMin + 1)));
        draft.firstHired = draft.person.hireDate;
        draft.managerIndex = managerIndex;
        m_drafts.append(draft);
        return int(m_drafts.size()) - 1;
    }

    // CEO → one head per department → team leads (one per ~10 people) → staff.
    void buildHierarchy()
    {
        const int ceo = addPerson(QStringLiteral("Executive Office"), QStringLiteral("Chief Executive Officer"), -1,
                                  7300, 7300);
        const auto& depts = departments();
        int totalWeight = 0;
        for (const auto& dept : depts)
            totalWeight += dept.weight;
        const int available = m_mix.hrRows - 1 - int(depts.size());
        int assigned = 0;
        for (int d = 0; d < depts.size(); ++d) {
            const auto& dept = depts.at(d);
            const int members =
                d + 1 == depts.size() ? available - assigned : available * dept.weight / totalWeight;
            assigned += members;
            const int head = addPerson(dept.name, dept.headTitle, ceo, 3000, 6500);
            const int leadCount = std::max(1, members / 10);
            QList<int> leads;
            for (int i = 0; i < leadCount; ++i)
                leads.append(addPerson(dept.name, dept.leadTitle, head, 800, 5000));
            for (int i = 0; i < members - leadCount; ++i) {
                // One draw per statement: the order in which arguments are evaluated is unspecified.
                const auto title = pickFrom(m_rng, dept.staffTitles);
                const int lead = pickFrom(m_rng, leads);
                const int staff = addPerson(dept.name, title, lead, 60, 6000);
                if (m_rng.bounded(100) < 12)
                    m_drafts[staff].person.workerType = QStringLiteral("Contractor");
                m_staff.append(staff);
            }
        }
    }

    // Roles go to staff only, so every manager is an active worker with an account.
    void assignRoles()
    {
        // Fisher–Yates with the seeded generator: std::shuffle's draws differ between standard libraries.
        for (int i = int(m_staff.size()) - 1; i > 0; --i)
            std::swap(m_staff[i], m_staff[pick(m_rng, i + 1)]);
        int next = 0;
        const auto take = [&](DemoRole role, int count) {
            for (int i = 0; i < count; ++i)
                setRole(m_drafts[m_staff.at(next++)], role, i);
        };
        take(DemoRole::BadFieldCount, 1);
        take(DemoRole::BadDate, 1);
        take(DemoRole::Mover, m_mix.movers);
        take(DemoRole::Joiner, m_mix.joiners);
        take(DemoRole::FutureHire, m_mix.futureHires);
        take(DemoRole::Leaver, m_mix.leavers);
        take(DemoRole::LeftDisabled, m_mix.leftDisabled);
        take(DemoRole::Rehire, m_mix.rehires);
        m_firstUnchangedStaff = next;
    }

    void setRole(Draft& draft, DemoRole role, int ordinal)
    {
        auto& p = draft.person;
        p.role = role;
        switch (role) {
        case DemoRole::Unchanged:
        case DemoRole::FormerWorker:
            break;
        case DemoRole::BadFieldCount:
            // Written without quotes, this title's comma splits the row into one field too many.
            p.jobTitle = QStringLiteral("Coordinator, Special Projects");
            break;
        case DemoRole::BadDate:
            break;   // the CSV writer spells its HireDate the way a spreadsheet would
        case DemoRole::Mover:
            setMoverChange(draft, MoverChange(ordinal % 4));
            break;
        case DemoRole::Joiner:
            p.hireDate = m_today.addDays(-pick(m_rng, 14));
            draft.firstHired = p.hireDate;
            break;
        case DemoRole::FutureHire:
            p.hireDate = m_today.addDays(3 + pick(m_rng, 43));
            draft.firstHired = p.hireDate;
            break;
        case DemoRole::Leaver:
            p.terminationDate = m_today.addDays(-(1 + pick(m_rng, 20)));
            p.hireDate = std::min(p.hireDate, p.terminationDate.addDays(-200));
            draft.firstHired = p.hireDate;
            break;
        case DemoRole::LeftDisabled:
            p.terminationDate = m_today.addDays(-(60 + pick(m_rng, 840)));
            p.hireDate = p.terminationDate.addDays(-(200 + pick(m_rng, 2800)));
            draft.firstHired = p.hireDate;
            break;
        case DemoRole::Rehire:
            // Back this month after leaving years ago; the old account still carries the old title.
            draft.firstHired = m_today.addDays(-(1500 + pick(m_rng, 2500)));
            p.hireDate = m_today.addDays(-pick(m_rng, 21));
            p.change = MoverChange::Title;
            p.previousValue = another(m_rng, staffTitles(p.department), p.jobTitle);
            break;
        }
    }

    void setMoverChange(Draft& draft, MoverChange change)
    {
        auto& p = draft.person;
        p.change = change;
        switch (change) {
        case MoverChange::Title:
            p.previousValue = another(m_rng, staffTitles(p.department), p.jobTitle);
            break;
        case MoverChange::Department: {
            QStringList names;
            for (const auto& dept : departments())
                names.append(dept.name);
            p.previousValue = another(m_rng, names, p.department);
            break;
        }
        case MoverChange::Location: {
            QStringList cities;
            for (const auto& office : offices())
                cities.append(office.city);
            p.previousValue = another(m_rng, cities, p.location);
            break;
        }
        case MoverChange::Surname: {
            // A new married name in HR; the directory still has the old one.
            QStringList surnames;
            for (const auto& entry : cultures().at(draft.culture).surnames)
                surnames.append(surnameFor(entry, draft.feminine));
            p.previousValue = another(m_rng, surnames, p.lastName);
            break;
        }
        }
    }

    static QStringList staffTitles(const QString& department)
    {
        for (const auto& dept : departments())
            if (dept.name == department)
                return dept.staffTitles;
        return {};
    }

    void addFormerWorkers()
    {
        const auto& depts = departments();
        for (int i = 0; i < m_mix.formerWorkers; ++i) {
            const auto& dept = pickFrom(m_rng, depts);
            const auto title = pickFrom(m_rng, dept.staffTitles);
            const int index = addPerson(dept.name, title, -1, 1000, 4000);
            m_drafts[index].person.role = DemoRole::FormerWorker;
        }
    }

    // Namesakes among the unchanged staff, so their accounts exist and their mails show the suffixes.
    void assignNamesakes()
    {
        int next = m_firstUnchangedStaff;
        for (const auto& namesake : namesakes()) {
            for (int i = 0; i < namesake.count && next < m_staff.size(); ++i) {
                auto& person = m_drafts[m_staff.at(next++)].person;
                person.firstName = namesake.first;
                person.lastName = namesake.last;
            }
        }
    }

    void assignIds()
    {
        QList<int> order(m_drafts.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return m_drafts.at(a).firstHired < m_drafts.at(b).firstHired; });
        for (int rank = 0; rank < order.size(); ++rank)
            m_drafts[order.at(rank)].person.workerId = QStringLiteral("W%1").arg(10001 + rank);
        for (auto& draft : m_drafts) {
            if (draft.managerIndex >= 0)
                draft.person.managerId = m_drafts.at(draft.managerIndex).person.workerId;
        }
    }

    // first.last@, then first.last2@, … in worker id order: the longest-serving keeps the plain one.
    void assignEmails()
    {
        QList<int> order(m_drafts.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return m_drafts.at(a).person.workerId < m_drafts.at(b).person.workerId; });
        QHash<QString, int> used;
        for (int index : order) {
            auto& p = m_drafts[index].person;
            const QString base = asciiFold(p.firstName) + u'.' + asciiFold(p.lastName);
            const int n = ++used[base];
            p.email = (n == 1 ? base : base + QString::number(n)) + u'@' + EmailDomain;
        }
    }

    QDate m_today;
    QRandomGenerator m_rng;
    DemoMix m_mix;
    QList<int> m_officeWeights;
    QList<Draft> m_drafts;
    QList<int> m_staff;
    int m_firstUnchangedStaff = 0;
};

} // namespace

bool DemoPerson::hasAccount() const
{
    return role != DemoRole::Joiner && role != DemoRole::FutureHire;
}

bool DemoPerson::accountEnabled() const
{
    return hasAccount() && role != DemoRole::LeftDisabled && role != DemoRole::Rehire;
}

QList<DemoPerson> generatePeople(const QDate& today, quint32 seed, const DemoMix& mix)
{
    return Organisation(today, seed, mix).build();
}

} // namespace Tenure::App::Demo
