#include "adpassword.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace Tenure::Connectors::Ad {
namespace {

constexpr int passwordLength = 20;
constexpr int minimumPerCategory = 2;
constexpr int minimumAvoidedLength = 3;   // AD ignores shorter tokens

// No look-alikes (O/0, l/1/I) so that a person can type it from a hand-over; symbols that need
// no quoting in a shell or a CSV.
constexpr const char* categories[] = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789",
                                      "!#%+-=?@^_~"};

QChar pick(const char* alphabet)
{
    const int size = static_cast<int>(qstrlen(alphabet));
    return QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]);
}

bool containsAvoided(const QString& password, const QStringList& avoid)
{
    // AD splits the display name at , . - _ # tab and space (the same page as above).
    static const QRegularExpression separators(QStringLiteral("[,.\\-_#\\t ]"));
    for (const QString& name : avoid) {
        QStringList tokens = name.split(separators, Qt::SkipEmptyParts);
        tokens << name;
        for (const QString& token : tokens) {
            if (token.size() >= minimumAvoidedLength && password.contains(token, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

} // namespace

QString generateInitialPassword(const QStringList& avoid)
{
    QString all;
    for (const char* alphabet : categories)
        all += QLatin1String(alphabet);
    const QByteArray allBytes = all.toLatin1();
    for (;;) {
        QString password;
        for (const char* alphabet : categories)
            for (int i = 0; i < minimumPerCategory; ++i)
                password += pick(alphabet);
        while (password.size() < passwordLength)
            password += pick(allBytes.constData());
        // Fisher–Yates, so the guaranteed characters are not always at the front.
        for (qsizetype i = password.size() - 1; i > 0; --i) {
            const auto j = QRandomGenerator::system()->bounded(static_cast<int>(i + 1));
            std::swap(password[i], password[j]);
        }
        if (!containsAvoided(password, avoid))
            return password;
        scrub(password);
    }
}

QByteArray unicodePwdValue(const QString& password)
{
    QByteArray value;
    value.reserve((password.size() + 2) * 2);
    const auto append = [&value](char16_t unit) {
        value.append(static_cast<char>(unit & 0xFF));
        value.append(static_cast<char>(unit >> 8));
    };
    append(u'"');
    for (const QChar c : password)
        append(c.unicode());
    append(u'"');
    return value;
}

void scrub(QString& secret)
{
    secret.fill(QChar(u'\0'));
    secret.clear();
}

} // namespace Tenure::Connectors::Ad
