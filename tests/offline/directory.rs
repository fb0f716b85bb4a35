//! The referral directory as shipped (issue 11, item 6): every partner of the helpline's
//! public page, every region answering through the region menu, places typed in Italian or
//! English or with a typo, and `varco directory check` on the shipped file and on a broken
//! copy.

use std::fs;
use std::process::Command;

use crate::support::fixtures::{self, BIN};
use varco::directory::{regions, resolve, Place, Scope};

/// The 37 partners as the helpline's public page lists them, in its order. Four misprints
/// of the page are corrected in the directory, and here: "Assocazione Culturale
/// Acuarinto", "Provicnia di Foggia", "Comunità Oasi 2 San francesco" and "… San
/// Vincenzo dè Paoli".
const SEED_PARTNERS: [&str; 37] = [
    "OIM",
    "Cooperativa sociale BorgoRete",
    "Associazione Casa dei Giovani",
    "Associazione CE.ST.RI.M.",
    "Associazione Comunità Papa Giovanni XXIII",
    "Associazione Culturale Acuarinto",
    "Associazione DIM",
    "Associazione Giraffa ONLUS",
    "Associazione Gruppo Abele",
    "Associazione La Strada-Der Weg",
    "Associazione LULE",
    "Associazione On the Road",
    "Associazione Penelope",
    "Associazione PIAM ONLUS",
    "Associazione Progetto Arcobaleno",
    "Associazione Tampep",
    "Centro Caritas dell’Arcidiocesi di Udine",
    "Città di Torino",
    "Comune di Piacenza",
    "Comune di Genova",
    "Congregazione Figlie della Carità di San Vincenzo de’ Paoli",
    "Comunità Oasi 2 San Francesco",
    "Cooperativa Lotta contro l’emarginazione sociale",
    "Cooperativa sociale Mondo Solidale",
    "Cooperativa sociale Persone in Movimento",
    "Cooperativa Proxima",
    "Diocesi di Pistoia",
    "Fondazione Città Solidale",
    "Provincia di Foggia",
    "Provincia di Genova",
    "Regione Autonoma Friuli Venezia Giulia",
    "Regione Emilia Romagna",
    "Regione Piemonte",
    "Regione Puglia",
    "Regione Toscana",
    "Regione Umbria",
    "Segnavia Padri Somaschi",
];

/// The page gives no place for these: the helpline fills region and province in.
const WITHOUT_PLACE: [&str; 6] = [
    "Cooperativa sociale BorgoRete",
    "Associazione Giraffa ONLUS",
    "Associazione PIAM ONLUS",
    "Cooperativa sociale Mondo Solidale",
    "Fondazione Città Solidale",
    "Segnavia Padri Somaschi",
];

#[test]
fn every_partner_of_the_seed_is_listed_once_with_its_place() {
    let directory = fixtures::shipped().directory;
    let names: Vec<&str> = directory.projects().iter().map(|p| p.name.as_str()).collect();
    for partner in SEED_PARTNERS {
        assert!(names.contains(&partner), "{partner} missing");
    }
    assert_eq!(names.len(), SEED_PARTNERS.len(), "{names:#?}");
    for p in directory.projects() {
        let placed = p.scope != Scope::National && !WITHOUT_PLACE.contains(&p.name.as_str());
        assert_eq!(p.region.is_some(), placed, "{}: region", p.name);
        assert_eq!(p.province.is_some(), placed, "{}: province", p.name);
        assert!(
            p.phone.is_none() && p.email.is_none() && p.web.is_none(),
            "{}: contacts",
            p.name
        );
    }
    let national: Vec<&str> = directory
        .projects()
        .iter()
        .filter(|p| p.scope == Scope::National)
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(national, ["OIM", "Associazione Comunità Papa Giovanni XXIII"]);
}

#[test]
fn places_typed_in_italian_or_english_or_with_a_typo_find_their_region() {
    for (typed, region) in [
        ("Turin", "Piemonte"),
        ("torino", "Piemonte"),
        ("Bolzano", "Trentino-Alto Adige"),
        ("Alto Adige", "Trentino-Alto Adige"),
        ("South Tyrol", "Trentino-Alto Adige"),
        ("Palermo", "Sicilia"),
        ("Napels", "Campania"),
        ("I am in Milan", "Lombardia"),
        ("Rome", "Lazio"),
        ("Florence", "Toscana"),
        ("Venice", "Veneto"),
        ("Genoa", "Liguria"),
        ("Sicily", "Sicilia"),
        ("Sardinia", "Sardegna"),
    ] {
        assert_eq!(resolve(typed).map(|p| p.region), Some(region), "{typed}");
    }
    let directory = fixtures::shipped().directory;
    let first = |typed: &str| directory.lookup(typed).first().map(|p| p.name.clone());
    assert_eq!(first("Palermo").as_deref(), Some("Associazione Casa dei Giovani"));
    assert_eq!(first("Turin").as_deref(), Some("Associazione Gruppo Abele"));
    assert_eq!(first("Südtirol").as_deref(), Some("Associazione La Strada-Der Weg"));
    assert!(directory.lookup("Rome").is_empty(), "Lazio has no partner listed");
}

/// Every region, chosen through the two-step menu, answers with its partners or, when it
/// has none, says so and gives the national number.
#[test]
fn every_region_answers_through_the_menu() {
    let directory = fixtures::shipped().directory;
    let areas = ["north-west", "north-east", "centre", "south", "islands"];
    let mut chats = Vec::new();
    let mut expect = Vec::new();
    for (a, area) in areas.iter().enumerate() {
        let in_area: Vec<&str> = regions().iter().filter(|r| r.area == *area).map(|r| r.name).collect();
        for (i, region) in in_area.iter().enumerate() {
            let chat = 100 + chats.len() as i64;
            let inputs = ["/start", "1", "1", "1", "2", &(a + 1).to_string(), &(i + 1).to_string()];
            chats.push((chat, "en", inputs.iter().map(|s| s.to_string()).collect()));
            let place = Place { region, province: None };
            let near: Vec<String> = directory.near(place).iter().map(|p| p.name.clone()).collect();
            expect.push((chat, *region, near));
        }
    }
    assert_eq!(expect.len(), 20);
    let replies = fixtures::expected_replies_in(&chats);
    let mut without = Vec::new();
    for (chat, region, near) in expect {
        let said = replies[&chat].join("\n");
        let answer = said.rsplit("Which region are you in?").next().unwrap();
        if near.is_empty() {
            without.push(region);
            assert!(answer.contains("I have no local contact"), "{region}: {answer}");
        } else {
            for name in &near {
                assert!(answer.contains(name.as_str()), "{region}: {name} not in {answer}");
            }
        }
        assert!(answer.contains("800 290 290"), "{region}: {answer}");
    }
    assert_eq!(
        without,
        [
            "Valle d'Aosta",
            "Veneto",
            "Lazio",
            "Abruzzo",
            "Molise",
            "Campania",
            "Calabria"
        ]
    );
}

fn varco(args: &[&str]) -> std::process::Output {
    Command::new(BIN).args(args).output().expect("run varco")
}

#[test]
fn cli_directory_check_ok_on_the_shipped_file() {
    let out = varco(&["directory", "check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{out:?}");
    assert!(
        stdout.starts_with("ok: 37 partners; 13 of 20 regions have one"),
        "{stdout}"
    );
    let shipped = format!("{}/deploy/directory.toml", fixtures::ROOT);
    let out = varco(&["directory", "check", "--file", &shipped]);
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches("warning: no region yet").count(),
        WITHOUT_PLACE.len(),
        "{stderr}"
    );
    assert!(!stderr.contains("error"), "{stderr}");
}

#[test]
fn cli_directory_check_names_file_and_line_of_each_problem() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("directory.toml");
    let shipped = fs::read_to_string(format!("{}/deploy/directory.toml", fixtures::ROOT)).unwrap();
    let broken = shipped
        .replacen("region = \"Lombardia\"", "region = \"Lombardi\"", 1)
        .replacen("province = \"BZ\"", "province = \"TN2\"", 1)
        .replacen(
            "name = \"Associazione Tampep\"",
            "name = \"Associazione Gruppo Abele\"",
            1,
        )
        .replacen("phone = \"\"", "phone = \"call us\"", 1);
    fs::write(&file, &broken).unwrap();
    let line_of = |needle: &str| broken.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let path = file.display().to_string();
    let out = varco(&["directory", "check", "--file", &path]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let duplicate = broken
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("name = \"Associazione Gruppo Abele\""))
        .nth(1)
        .unwrap()
        .0
        + 1;
    for (line, message) in [
        (
            line_of("Lombardi\""),
            "unknown region `Lombardi` (did you mean `Lombardia`?)",
        ),
        (line_of("TN2"), "unknown province `TN2`"),
        (duplicate, "duplicate name `Associazione Gruppo Abele`"),
        (line_of("call us"), "`phone` is not a phone number"),
    ] {
        let expected = format!("{path}:{line}:");
        assert!(
            stderr.lines().any(|l| l.starts_with(&expected) && l.contains(message)),
            "{expected} {message} not in:\n{stderr}"
        );
    }
    assert!(stderr.trim_end().ends_with("4 error(s)"), "{stderr}");
    assert!(out.stdout.is_empty());
}
