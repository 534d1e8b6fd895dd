#include "demonames.h"

#include <initializer_list>

namespace Tenure::App::Demo {
namespace {

// The tables are written as UTF-8 literals: the diacritics are the point of the demo.
QStringList utf8(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QString utf8(const char* text) { return QString::fromUtf8(text); }

} // namespace

const QList<NameCulture>& cultures()
{
    static const QList<NameCulture> list{
        // 0 Spanish
        {utf8({"José", "Luis", "Carlos", "Javier", "Andrés", "Álvaro", "Sergio", "Raúl", "Diego", "Jesús"}),
         utf8({"María", "Lucía", "Sofía", "Carmen", "Inés", "Begoña", "Elena", "Marta", "Ángela", "Paula"}),
         utf8({"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
               "Jiménez", "Muñoz", "Álvarez", "Romero", "Núñez", "Ibáñez"})},
        // 1 German
        {utf8({"Jürgen", "Lukas", "Matthias", "Stefan", "Jörg", "Tobias", "Maximilian", "Florian", "Günther"}),
         utf8({"Anna", "Lena", "Käthe", "Julia", "Sabine", "Jana", "Hannah", "Lea", "Zoë", "Jülide"}),
         utf8({"Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Schäfer", "Köhler", "Groß", "Becker",
               "Hoffmann", "Krüger", "Wagner", "Vogel", "Böhm"})},
        // 2 Polish
        {utf8({"Łukasz", "Paweł", "Michał", "Piotr", "Krzysztof", "Wojciech", "Jakub", "Tomasz"}),
         utf8({"Agnieszka", "Małgorzata", "Katarzyna", "Zofia", "Joanna", "Ewa", "Magdalena", "Jadwiga"}),
         utf8({"Nowak", "Kowalski|Kowalska", "Wiśniewski|Wiśniewska", "Wójcik", "Kowalczyk", "Kamiński|Kamińska",
               "Lewandowski|Lewandowska", "Zieliński|Zielińska", "Szymański|Szymańska", "Woźniak",
               "Dąbrowski|Dąbrowska", "Kozłowski|Kozłowska"})},
        // 3 Nordic
        {utf8({"Søren", "Bjørn", "Lars", "Mikkel", "Anders", "Jens", "Håkon", "Oskar"}),
         utf8({"Ingrid", "Sigrid", "Åsa", "Freja", "Astrid", "Maja", "Linnéa", "Solveig"}),
         utf8({"Jørgensen", "Sørensen", "Nielsen", "Hansen", "Andersen", "Pedersen", "Kristiansen", "Lindqvist",
               "Åberg", "Sjöberg", "Østergaard", "Bergström", "Halvorsen"})},
        // 4 Nigerian
        {utf8({"Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ikechukwu", "Adebayo", "Obinna", "Femi"}),
         utf8({"Ngozi", "Chiamaka", "Adaeze", "Folake", "Yetunde", "Funmilayo", "Chioma", "Ifeoma"}),
         utf8({"Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Ogunleye", "Obi", "Chukwu", "Olawale",
               "Afolabi", "Adébáyọ̀"})},
        // 5 Vietnamese (family name as LastName, as HR systems abroad record it)
        {utf8({"Minh", "Dũng", "Huy", "Tuấn", "Quang", "Đức", "Hoàng", "Long"}),
         utf8({"Linh", "Thảo", "Hương", "Ngọc", "Trang", "Mai", "Phương", "Hà"}),
         utf8({"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô"})},
        // 6 Irish
        {utf8({"Seán", "Liam", "Ciarán", "Niall", "Patrick", "Oisín", "Declan", "Eoin"}),
         utf8({"Siobhán", "Aoife", "Niamh", "Saoirse", "Róisín", "Clodagh", "Emma", "Zoë"}),
         utf8({"O'Brien", "O'Connor", "O'Sullivan", "Murphy", "Kelly", "McCarthy", "Walsh", "Byrne", "Ryan",
               "Doyle", "Fitzgerald", "Ó Súilleabháin"})},
        // 7 French (Canada and France)
        {utf8({"François", "Jérôme", "Benoît", "Étienne", "Loïc", "Théo", "Rémi", "Gaël"}),
         utf8({"Hélène", "Céline", "Chloé", "Zoé", "Noémie", "Amélie", "Anaïs", "Mélanie"}),
         utf8({"Dubois", "Lefèvre", "Girard", "Bérubé", "Côté", "Gagné", "Lévesque", "Bouchard", "Mercier",
               "Faure", "Rousseau", "Lemaître"})},
        // 8 Turkish
        {utf8({"Çağlar", "Emre", "Mehmet", "Oğuz", "Barış", "Burak"}),
         utf8({"Ayşe", "Gülşen", "Elif", "Zeynep", "Şule", "Özge"}),
         utf8({"Yılmaz", "Öztürk", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Arslan", "Doğan", "Kılıç"})},
        // 9 Indian
        {utf8({"Arjun", "Rahul", "Vikram", "Sanjay", "Aditya", "Rohan"}),
         utf8({"Priya", "Ananya", "Deepika", "Kavya", "Lakshmi", "Meera"}),
         utf8({"Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Krishnan", "Menon", "Banerjee"})},
        // 10 Japanese (Hepburn with macrons)
        {utf8({"Haruto", "Takeshi", "Kenji", "Yūki", "Shōta", "Daisuke"}),
         utf8({"Yui", "Sakura", "Aiko", "Yōko", "Emi", "Haruka"}),
         utf8({"Satō", "Suzuki", "Takahashi", "Tanaka", "Itō", "Watanabe", "Yamamoto", "Kobayashi", "Katō", "Ōno"})},
        // 11 English
        {utf8({"James", "Michael", "David", "Daniel", "Matthew", "Oliver"}),
         utf8({"Sarah", "Emily", "Jessica", "Olivia", "Zoë", "Charlotte"}),
         utf8({"Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thompson", "Clarke"})},
    };
    return list;
}

const QList<Office>& offices()
{
    static const QList<Office> list{
        {utf8("London"), utf8("+44 20"), 11, 14},        {utf8("Dublin"), utf8("+353 1"), 6, 8},
        {utf8("Berlin"), utf8("+49 30"), 1, 12},         {utf8("Zürich"), utf8("+41 44"), 1, 4},
        {utf8("Madrid"), utf8("+34 91"), 0, 8},          {utf8("Ciudad de México"), utf8("+52 55"), 0, 5},
        {utf8("Kraków"), utf8("+48 12"), 2, 9},          {utf8("Copenhagen"), utf8("+45 33"), 3, 5},
        {utf8("Malmö"), utf8("+46 40"), 3, 3},           {utf8("Lagos"), utf8("+234 1"), 4, 6},
        {utf8("Ho Chi Minh City"), utf8("+84 28"), 5, 6}, {utf8("Montréal"), utf8("+1 514"), 7, 6},
        {utf8("İstanbul"), utf8("+90 212"), 8, 4},       {utf8("Bengaluru"), utf8("+91 80"), 9, 7},
        {utf8("Tokyo"), utf8("+81 3"), 10, 4},
    };
    return list;
}

const QList<Department>& departments()
{
    static const QList<Department> list{
        {utf8("Engineering"), utf8("VP Engineering"), utf8("Engineering Manager"),
         utf8({"Software Engineer", "Senior Software Engineer", "Staff Engineer", "QA Engineer", "DevOps Engineer",
               "Site Reliability Engineer", "Data Engineer"}),
         28},
        {utf8("Sales"), utf8("VP Sales"), utf8("Sales Manager"),
         utf8({"Account Executive", "Senior Account Executive", "Sales Development Representative",
               "Solutions Consultant", "Director, Strategic Accounts"}),
         15},
        {utf8("Customer Support"), utf8("Head of Customer Support"), utf8("Support Team Lead"),
         utf8({"Support Specialist", "Senior Support Specialist", "Technical Support Engineer"}), 12},
        {utf8("Research"), utf8("VP Research"), utf8("Research Lead"),
         utf8({"Research Scientist", "Senior Research Scientist", "Data Scientist", "Lab Technician"}), 9},
        {utf8("Operations"), utf8("Chief Operating Officer"), utf8("Operations Manager"),
         utf8({"Operations Analyst", "Logistics Coordinator", "Facilities Coordinator", "Procurement Specialist"}), 9},
        {utf8("Marketing"), utf8("Chief Marketing Officer"), utf8("Marketing Manager"),
         utf8({"Content Marketer", "Product Marketing Manager", "Marketing Analyst", "Brand Designer"}), 7},
        {utf8("Finance"), utf8("Chief Financial Officer"), utf8("Finance Manager"),
         utf8({"Accountant", "Financial Analyst", "Specialist, Payroll & Benefits", "Controller"}), 6},
        {utf8("IT"), utf8("Chief Information Officer"), utf8("IT Manager"),
         utf8({"Systems Administrator", "IT Support Technician", "Identity Engineer", "Network Engineer"}), 6},
        {utf8("Human Resources"), utf8("Chief People Officer"), utf8("HR Manager"),
         utf8({"HR Business Partner", "Recruiter", "HR Generalist"}), 4},
        {utf8("Legal"), utf8("General Counsel"), utf8("Legal Manager"),
         utf8({"Legal Counsel", "Paralegal", "Compliance Officer"}), 3},
    };
    return list;
}

const QList<Namesake>& namesakes()
{
    static const QList<Namesake> list{
        {utf8("José"), utf8("García"), 3},  {utf8("Minh"), utf8("Nguyễn"), 3}, {utf8("Łukasz"), utf8("Nowak"), 2},
        {utf8("Seán"), utf8("O'Brien"), 2}, {utf8("Ngozi"), utf8("Okafor"), 2}, {utf8("Søren"), utf8("Jørgensen"), 2},
        {utf8("Zoë"), utf8("Müller"), 2},   {utf8("James"), utf8("Smith"), 3},
    };
    return list;
}

} // namespace Tenure::App::Demo
