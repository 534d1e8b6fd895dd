// CSV reading benchmark: generates an HR export (12 columns like a real one: ids, names,
// e-mail, title, department with quoted commas, manager, status, dates, an often empty
// termination date), reads it with CsvWorkerSource (bytes → validated workers, every field
// decoded) and prints the median throughput of several runs. Then, in the same session, runs
// tests/bench/bench_csv.py — Python's csv.reader over the same file — and prints the ratio.
// Not a test: results go to docs/benchmarks.md ("CSV reading").
//   bench_csv [megabytes=200] [runs=7] [path=<temp>/tenure-bench-hr.csv]
#include "tests/bench/median.h"
#include "connectors/hr/csv/csvparser.h"
#include "connectors/hr/csv/csvworkersource.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Tenure;

namespace {

using Tenure::Bench::median;

QByteArray generate(qint64 bytes)
{
    static const char* first[] = {"Ann", "Bob", "Zoë", "Łukasz", "María", "Chen", "Olu", "Priya", "Jean-Luc", "Søren"};
    static const char* last[] = {"Smith", "Müller", "García", "O'Brien", "Ngata", "Kowalski", "Tanaka", "Dubois"};
    static const char* titles[] = {"Engineer", "Senior Accountant", "Nurse", "\"Head, Operations\"", "Sales Representative"};
    static const char* departments[] = {"\"Finance, EMEA\"", "Engineering", "Care", "\"Sales, \"\"North\"\"\"", "HR"};
    static const char* status[] = {"Active", "Active", "Active", "Leave", "Terminated"};
    QByteArray out;
    out.reserve(bytes + 512);
    out += "WorkerID,FirstName,LastName,PreferredName,Email,JobTitle,Department,Location,ManagerID,Status,HireDate,"
           "TerminationDate\r\n";
    QRandomGenerator random(42);
    for (qint64 n = 0; out.size() < bytes; ++n) {
        const auto f = first[random.bounded(10)];
        const auto l = last[random.bounded(8)];
        const auto id = QByteArray::number(100000 + n);
        const auto st = status[random.bounded(5)];
        out += id + ',' + f + ',' + l + ',' + (n % 3 ? "" : f) + ',' + QByteArray(f).toLower() + '.' + id +
               "@example.test," + titles[random.bounded(5)] + ',' + departments[random.bounded(5)] + ",Site " +
               QByteArray::number(random.bounded(40)) + ',' + QByteArray::number(100000 + random.bounded(int(n + 1))) +
               ',' + st + ",20" + QByteArray::number(10 + random.bounded(15)) + "-0" +
               QByteArray::number(1 + random.bounded(9)) + "-1" + QByteArray::number(random.bounded(10)) + ',' +
               (qstrcmp(st, "Terminated") == 0 ? "2025-06-30" : "") + "\r\n";
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const auto args = app.arguments();
    const qint64 megabytes = args.size() > 1 ? args.at(1).toLongLong() : 200;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 7;
    const QString path = args.size() > 3 ? args.at(3) : QDir::temp().filePath(QStringLiteral("tenure-bench-hr.csv"));

    const QByteArray data = generate(megabytes * 1000 * 1000);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    file.close();
    const double mb = double(data.size()) / 1e6;

    Connectors::CsvWorkerSource source({path, 0, QStringLiteral("WorkerID")});
    QList<double> seconds;
    qsizetype workers = 0, errors = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto snapshot = source.read({});   // from the file: the page cache holds it after run 1
        seconds.append(double(timer.nsecsElapsed()) / 1e9);
        if (!snapshot) {
            std::fprintf(stderr, "read failed: %s\n", qPrintable(snapshot.error().describe()));
            return 1;
        }
        workers = snapshot->workers.size();
        errors = snapshot->errors.size();
    }
    const double tenure = median(seconds);
    std::printf("file: %s, %.1f MB, %lld workers, %lld errors\n", qPrintable(path), mb, qlonglong(workers),
                qlonglong(errors));
    std::printf("Tenure CsvWorkerSource::read: median %.3f s of %d runs = %.0f MB/s\n", tenure, runs, mb / tenure);

    // Like for like with csv.reader: records split and every field decoded to a QString, no
    // Worker objects built (what the workers cost on top is the difference to the line above).
    QList<double> parseSeconds;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = in.readAll();
        Connectors::CsvParser parser(bytes, ',');
        Connectors::CsvRecord record;
        QList<QString> row;
        qsizetype rows = 0;
        while (parser.next(&record)) {
            row.clear();
            for (const auto field : record.fields)
                row.append(QString::fromUtf8(field));
            ++rows;
        }
        parseSeconds.append(double(timer.nsecsElapsed()) / 1e9);
        if (rows == 0)
            return 1;
    }
    const double parseOnly = median(parseSeconds);
    std::printf("Tenure CsvParser, fields decoded to QString: median %.3f s = %.0f MB/s\n", parseOnly, mb / parseOnly);

    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral(TENURE_SOURCE_DIR "/tests/bench/bench_csv.py"), path,
                                             QString::number(std::max(3, runs / 2))});
    if (!python.waitForFinished(-1) || python.exitCode() != 0) {
        std::printf("python3 not run: %s\n", python.readAllStandardError().constData());
        return 0;
    }
    const double pythonSeconds = python.readAllStandardOutput().trimmed().toDouble();
    std::printf("Python csv.reader: median %.3f s = %.0f MB/s; CsvParser is %.1fx faster, CsvWorkerSource %.1fx\n",
                pythonSeconds, mb / pythonSeconds, pythonSeconds / parseOnly, pythonSeconds / tenure);
    return 0;
}
