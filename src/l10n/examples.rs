//! Example values for every variable the texts use, so `l10n check` can measure rendered
//! messages and `l10n preview` can show them as a person or an operator would read them.
//! Values are realistic and long where a real value can be long. It must not render.

/// `(variable, example value)` for every variable of the shipped texts.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("helpline", "Numero Verde Antitratta"),
    ("phone", "800 290 290"),
    ("emergency", "112"),
    ("case", "123456"),
    ("max", "4096"),
    ("megabytes", "20"),
    ("region", "Friuli Venezia Giulia"),
    ("city", "San Benedetto del Tronto"),
    (
        "name",
        "Progetto regionale di emersione, assistenza e integrazione sociale delle persone sfruttate",
    ),
    ("project_phone", "+39 0735 123 456 789"),
    ("kind", "document"),
    ("minutes", "120"),
    ("hours", "72"),
    ("lang", "fr"),
    ("channel", "telegram"),
    ("caller", "victim"),
    ("priority", "urgent"),
    ("reason", "victim-in-danger"),
    ("operators", "@anna:example.org @bruno:example.org @carla:example.org"),
    ("owner", "@anna:example.org"),
    ("from", "@anna:example.org"),
    ("to", "@bruno:example.org"),
    ("user", "@anna:example.org"),
    ("by", "@bruno:example.org"),
    ("outcome", "referral"),
    ("outcomes", "referral, no-contact, information, withdrawn, other"),
    (
        "canned",
        "safe-now, call-112, free-anonymous, no-documents, protection, still-there",
    ),
    ("text", "I am reading your message. Take your time."),
    ("place", "room"),
    ("error", "unknown command"),
    ("yes", "safe now, needs shelter"),
    ("no", "under 18"),
    ("skipped", "documents"),
    ("total", "8"),
    ("answered", "6"),
    ("count", "3"),
    ("suggested", "high"),
    ("device", "phone"),
    (
        "emoji",
        "🐶 Dog · 🔑 Key · 🎅 Santa · 🌍 Globe · ☎️ Telephone · 🏁 Flag · 🎸 Guitar",
    ),
    ("numbers", "4242 1337 2718"),
];

/// Value used for a variable with no example.
pub const UNKNOWN: &str = "example";

/// [`EXAMPLES`] as the owned pairs [`super::Locales::render`] takes.
pub fn args() -> Vec<(String, String)> {
    EXAMPLES
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// [`args`] plus [`UNKNOWN`] for each of `variables` without an example.
pub fn args_for<'a>(variables: impl IntoIterator<Item = &'a String>) -> Vec<(String, String)> {
    let mut out = args();
    for v in variables {
        if !EXAMPLES.iter().any(|(k, _)| k == v) {
            out.push((v.clone(), UNKNOWN.to_owned()));
        }
    }
    out
}
