//! Black-box tests of the configuration: the example file, defaults, unknown keys with
//! their lines, `VARCO__…` overrides, validation and secrets. Environments are passed in,
//! never taken from (or written to) the process environment.

use std::path::{Path, PathBuf};

use varco::config::{Config, Error, SecretName, TelegramMode};

fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

fn parse(text: &str) -> Result<Config, Error> {
    Config::from_toml_str(text, "test.toml")
}

fn parse_with_env(text: &str, pairs: &[(&str, &str)]) -> Result<Config, Error> {
    Config::from_toml_str_with_env(text, "test.toml", env(pairs))
}

fn example_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/varco.example.toml")
}

/// A valid matrix section, to be completed or broken by each test.
const MATRIX_OK: &str = r#"
[matrix]
enabled = true
homeserver = "https://matrix.example.org"
user = "@varco:example.org"
password_file = "secrets/matrix.password"
store_passphrase_file = "secrets/matrix-store.pass"
lobby_room = "!lobby:example.org"

[[matrix.operators]]
user = "@anna:example.org"
languages = ["it", "en"]
"#;

/// Write a secret file the way an administrator should: readable by its owner only.
fn write_secret(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
    chmod(path, 0o600);
}

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn problem_keys(err: Error) -> Vec<String> {
    match err {
        Error::Invalid(problems) => problems.into_iter().map(|p| p.key).collect(),
        other => panic!("expected validation problems, got {other}"),
    }
}

#[test]
fn empty_file_gives_defaults_with_channels_disabled() {
    let config = parse("").unwrap();
    let default = Config::default();
    assert_eq!(config.version, 1);
    assert_eq!(config.helpline, default.helpline);
    assert_eq!(config.helpline.name, "Numero Verde Antitratta");
    assert_eq!(config.helpline.phone, "800 290 290");
    assert_eq!(config.helpline.emergency, "112");
    assert_eq!(config.helpline.default_language, "it");
    assert_eq!(config.l10n.locales_dir, None, "built-in locales by default");
    assert!(config.l10n.fallback.is_empty());
    assert_eq!(config.flows.dir, None, "built-in flows by default");
    assert_eq!(config.store.path, Path::new("data/varco"));
    assert_eq!(config.store.key_file, Path::new("secrets/store.key"));
    assert!(!config.telegram.enabled);
    assert_eq!(config.telegram.api_url, "https://api.telegram.org");
    assert_eq!(config.telegram.mode, TelegramMode::Polling);
    assert_eq!(config.telegram, default.telegram);
    assert!(!config.matrix.enabled);
    assert_eq!(config.matrix.store_dir, Path::new("data/matrix"));
    assert_eq!(config.matrix, default.matrix);
    config.validate().unwrap();
    Config::default().validate().unwrap();
}

#[test]
fn example_file_loads_and_validates() {
    let config = Config::load_with_env(&example_path(), Vec::new()).unwrap();
    config.validate().unwrap();
    assert!(config.telegram.enabled);
    assert!(config.matrix.enabled);
    // Polling, the default; the webhook's keys are shown (and checked) all the same.
    assert_eq!(config.telegram.mode, TelegramMode::Polling);
    let webhook = config.telegram.webhook.as_ref().unwrap();
    assert_eq!(webhook.listen.to_string(), "127.0.0.1:8443");
    assert_eq!(webhook.max_body_bytes, 1_048_576);
    assert_eq!((webhook.header_timeout_secs, webhook.max_connections), (10, 100));
    assert_eq!(config.limits.files_in_flight_mb, 100);
    assert_eq!(config.matrix.operators.len(), 2);
    assert_eq!(config.matrix.operators[0].languages, ["it", "en", "ro"]);
    assert_eq!(config.l10n.chain_for("pcm"), ["pcm", "en"]);
    assert_eq!(config.l10n.chain_for("ro"), ["ro", "en"]);

    // The real entry point, with the process environment, reads it too.
    Config::load(&example_path()).unwrap().validate().unwrap();
}

#[test]
fn missing_config_file_is_a_clear_error() {
    let err = Config::load_with_env(Path::new("no/such/varco.toml"), Vec::new()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "no/such/varco.toml: cannot read configuration: No such file or directory"
    );
}

#[test]
fn unknown_top_level_key_names_key_and_line() {
    let err = parse("version = 1\n\ncolour = \"red\"\n").unwrap_err();
    let Error::Parse {
        file,
        line,
        column,
        message,
    } = &err
    else {
        panic!("expected a parse error, got {err:?}");
    };
    assert_eq!((file.as_str(), *line, *column), ("test.toml", 3, 1));
    assert!(message.contains("colour"), "{message}");
    assert!(
        err.to_string().starts_with("test.toml:3:1: unknown field `colour`"),
        "{err}"
    );
}

#[test]
fn unknown_nested_key_names_key_and_line() {
    let err = parse("[telegram]\nenabled = true\ntokn_file = \"x\"\n").unwrap_err();
    let Error::Parse { line, message, .. } = &err else {
        panic!("expected a parse error, got {err:?}");
    };
    assert_eq!(*line, 3, "{err}");
    assert!(message.contains("tokn_file"), "{message}");

    let err = parse("[telegram.webhook]\nlisten = \"127.0.0.1:1\"\nsecret_token = \"inline\"\n").unwrap_err();
    assert!(err.to_string().starts_with("test.toml:3:"), "{err}");
    assert!(err.to_string().contains("secret_token"), "{err}");
    assert!(!err.to_string().contains("inline"), "{err}");

    let err = parse("[[matrix.operators]]\nuser = \"@a:b\"\nlanguage = [\"it\"]\n").unwrap_err();
    assert!(err.to_string().starts_with("test.toml:3:"), "{err}");
    assert!(err.to_string().contains("language"), "{err}");
}

#[test]
fn wrong_types_and_syntax_errors_name_the_line() {
    let err = parse("[telegram]\nmode = \"pull\"\n").unwrap_err();
    assert!(err.to_string().starts_with("test.toml:2:"), "{err}");
    // The expected values are named; the value given is not (it could be a secret).
    assert!(err.to_string().contains("`polling` or `webhook`"), "{err}");
    assert!(!err.to_string().contains("pull"), "{err}");

    let err = parse("[helpline]\nname = \"x\"\nphone = 800290290\n").unwrap_err();
    assert!(err.to_string().starts_with("test.toml:3:"), "{err}");

    let err = parse("[store]\npath = \n").unwrap_err();
    assert!(err.to_string().starts_with("test.toml:2:"), "{err}");
}

#[test]
fn wrong_version_is_rejected() {
    let err = parse("\nversion = 2\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "test.toml:2:11: unsupported config version 2 (this varco reads version 1)"
    );
    assert!(parse("version = 1").is_ok());

    let err = parse_with_env("", &[("VARCO__VERSION", "3")]).unwrap_err();
    assert!(
        matches!(&err, Error::Env { var, .. } if var == "VARCO__VERSION"),
        "{err:?}"
    );
}

#[test]
fn env_overrides_string_bool_and_nested_keys() {
    let file = "[helpline]\nname = \"From file\"\n[telegram]\nenabled = false\n";
    let config = parse_with_env(
        file,
        &[
            ("VARCO__HELPLINE__NAME", "From env"),
            ("VARCO__TELEGRAM__ENABLED", "true"),
            ("VARCO__TELEGRAM__MODE", "webhook"),
            ("VARCO__TELEGRAM__WEBHOOK__LISTEN", "0.0.0.0:9443"),
            ("VARCO__TELEGRAM__WEBHOOK__MAX_BODY_BYTES", "4096"),
            // Looks like an integer, but the key is a string.
            ("VARCO__HELPLINE__EMERGENCY", "112"),
            ("VARCO__L10N__FALLBACK__UK", "[\"ru\", \"en\"]"),
            ("PATH", "/usr/bin"),
            ("VARCO_NOT_OURS", "x"),
        ],
    )
    .unwrap();
    assert_eq!(config.helpline.name, "From env");
    assert!(config.telegram.enabled);
    assert_eq!(config.telegram.mode, TelegramMode::Webhook);
    let webhook = config.telegram.webhook.as_ref().unwrap();
    assert_eq!(webhook.listen.to_string(), "0.0.0.0:9443");
    assert_eq!(webhook.max_body_bytes, 4096);
    assert_eq!(config.helpline.emergency, "112");
    assert_eq!(config.l10n.chain_for("uk"), ["uk", "ru", "en"]);
}

#[test]
fn env_can_set_the_operator_roster() {
    let text = MATRIX_OK.replace(
        "[[matrix.operators]]\nuser = \"@anna:example.org\"\nlanguages = [\"it\", \"en\"]\n",
        "",
    );
    let roster =
        r#"[{ user = "@anna:example.org", languages = ["it"] }, { user = "@bola:example.org", languages = ["pcm"] }]"#;
    let config = parse_with_env(&text, &[("VARCO__MATRIX__OPERATORS", roster)]).unwrap();
    config.validate().unwrap();
    assert_eq!(config.matrix.operators.len(), 2);
    assert_eq!(config.matrix.operators[1].user, "@bola:example.org");
}

/// The desk's silence and flag timers take fractions (a rehearsal need not wait minutes),
/// from the file and from the environment; zero, negative and absurd values are refused.
#[test]
fn owner_silence_and_flag_expiry_take_fractions_and_refuse_zero() {
    let with = |key: &str, value: &str| {
        let lobby = "lobby_room = \"!lobby:example.org\"\n";
        MATRIX_OK.replace(lobby, &format!("{lobby}{key} = {value}\n"))
    };
    let config = parse(&with("owner_silence_minutes", "0.05")).unwrap();
    config.validate().unwrap();
    assert_eq!(config.matrix.owner_silence(), std::time::Duration::from_secs(3));
    let config = parse_with_env(MATRIX_OK, &[("VARCO__MATRIX__FLAG_EXPIRY_HOURS", "0.5")]).unwrap();
    config.validate().unwrap();
    assert_eq!(config.matrix.flag_expiry(), std::time::Duration::from_secs(1800));
    let whole = parse_with_env(MATRIX_OK, &[("VARCO__MATRIX__OWNER_SILENCE_MINUTES", "15")]).unwrap();
    assert_eq!(whole.matrix.owner_silence(), std::time::Duration::from_secs(900));
    for (key, value) in [
        ("owner_silence_minutes", "0"),
        ("owner_silence_minutes", "-1.5"),
        ("owner_silence_minutes", "nan"),
        ("flag_expiry_hours", "0.0"),
        ("flag_expiry_hours", "1e12"),
    ] {
        let config = parse(&with(key, value)).unwrap();
        assert_eq!(problem_keys(config.validate().unwrap_err()), [format!("matrix.{key}")]);
    }
}

#[test]
fn env_for_unknown_key_is_rejected_naming_the_variable() {
    let err = parse_with_env("", &[("VARCO__TELEGRAM__TOKN", "x")]).unwrap_err();
    let Error::Env { var, message } = &err else {
        panic!("expected an env error, got {err:?}");
    };
    assert_eq!(var, "VARCO__TELEGRAM__TOKN");
    assert!(message.contains("tokn"), "{message}");
    assert!(err.to_string().starts_with("VARCO__TELEGRAM__TOKN: "), "{err}");

    let err = parse_with_env("", &[("VARCO__NOPE", "1")]).unwrap_err();
    assert!(err.to_string().starts_with("VARCO__NOPE: "), "{err}");

    let err = parse_with_env("[helpline]\nname = \"x\"\n", &[("VARCO__HELPLINE__NAME__X", "1")]).unwrap_err();
    assert!(err.to_string().contains("helpline.name is not a table"), "{err}");

    let err = parse_with_env("", &[("VARCO__TELEGRAM____MODE", "webhook")]).unwrap_err();
    assert!(err.to_string().starts_with("VARCO__TELEGRAM____MODE: "), "{err}");
}

#[test]
fn env_with_unusable_value_is_rejected_naming_the_variable() {
    let err = parse_with_env("", &[("VARCO__TELEGRAM__ENABLED", "maybe")]).unwrap_err();
    assert!(err.to_string().starts_with("VARCO__TELEGRAM__ENABLED: "), "{err}");
    let err = parse_with_env("", &[("VARCO__TELEGRAM__MODE", "push")]).unwrap_err();
    assert!(err.to_string().starts_with("VARCO__TELEGRAM__MODE: "), "{err}");
}

#[test]
fn secret_env_vars_are_not_unknown_keys() {
    let config = parse_with_env(
        "",
        &[
            ("VARCO__TELEGRAM__TOKEN", "123:abc"),
            ("VARCO__TELEGRAM__WEBHOOK__SECRET_TOKEN", "s3cret"),
            ("VARCO__MATRIX__PASSWORD", "pw"),
            ("VARCO__MATRIX__STORE_PASSPHRASE", "pass"),
        ],
    )
    .unwrap();
    assert!(config.telegram.webhook.is_none());
    assert_eq!(
        config.resolve_secret(SecretName::MatrixPassword).unwrap().expose(),
        "pw"
    );
    // Secrets from the environment satisfy validation without any *_file key.
    let text = MATRIX_OK
        .replace("password_file = \"secrets/matrix.password\"\n", "")
        .replace("store_passphrase_file = \"secrets/matrix-store.pass\"\n", "");
    assert!(parse(&text).unwrap().validate().is_err());
    parse_with_env(
        &text,
        &[
            ("VARCO__MATRIX__PASSWORD", "pw"),
            ("VARCO__MATRIX__STORE_PASSPHRASE", "pass"),
        ],
    )
    .unwrap()
    .validate()
    .unwrap();
}

#[test]
fn disabled_sections_need_nothing() {
    let config = parse(
        "[telegram]\nenabled = false\nmode = \"webhook\"\n\n[matrix]\nenabled = false\nhomeserver = \"nonsense\"\n",
    )
    .unwrap();
    config.validate().unwrap();
    parse("[telegram]\n[matrix]\n").unwrap().validate().unwrap();
}

#[test]
fn valid_matrix_section_validates() {
    parse(MATRIX_OK).unwrap().validate().unwrap();
}

#[test]
fn enabled_matrix_without_lobby_room_names_the_key() {
    let text = MATRIX_OK.replace("lobby_room = \"!lobby:example.org\"\n", "");
    let err = parse(&text).unwrap().validate().unwrap_err();
    assert_eq!(
        err.to_string(),
        "matrix.lobby_room: required when matrix.enabled = true"
    );
}

#[test]
fn enabled_matrix_reports_every_problem_with_its_key() {
    let text = "[matrix]\nenabled = true\nhomeserver = \"matrix.example.org\"\nuser = \"varco\"\nlobby_room = \"#lobby:example.org\"\n";
    let keys = problem_keys(parse(text).unwrap().validate().unwrap_err());
    assert_eq!(
        keys,
        [
            "matrix.homeserver",
            "matrix.user",
            "matrix.password_file",
            "matrix.store_passphrase_file",
            "matrix.lobby_room",
            "matrix.operators",
        ]
    );

    let text = format!(
        "{MATRIX_OK}\n[[matrix.operators]]\nuser = \"bola\"\nlanguages = []\n\n[[matrix.operators]]\nuser = \"@anna:example.org\"\nlanguages = [\"it_IT\"]\n"
    );
    let err = parse(&text).unwrap().validate().unwrap_err();
    let shown = err.to_string();
    assert!(
        shown.contains("matrix.operators[1].user: is not a matrix user id"),
        "{shown}"
    );
    assert!(
        shown.contains("matrix.operators[1].languages: must list at least one language"),
        "{shown}"
    );
    assert!(
        shown.contains("matrix.operators[2].user: `@anna:example.org` is listed more than once"),
        "{shown}"
    );
    assert!(
        shown.contains("matrix.operators[2].languages[0]: is not a language tag"),
        "{shown}"
    );
    // Malformed values are not repeated: they could be a secret put in the wrong key.
    assert!(!shown.contains("bola") && !shown.contains("it_IT"), "{shown}");
    assert_eq!(shown.lines().count(), 4, "{shown}");
}

#[test]
fn telegram_rules() {
    let keys = problem_keys(
        parse("[telegram]\nenabled = true\napi_url = \"api.telegram.org\"\nmode = \"webhook\"\n")
            .unwrap()
            .validate()
            .unwrap_err(),
    );
    assert_eq!(keys, ["telegram.token_file", "telegram.api_url", "telegram.webhook"]);

    let text = "[telegram]\nenabled = true\ntoken_file = \"t\"\nmode = \"webhook\"\n[telegram.webhook]\npublic_url = \"http://bot.example.org/tg\"\nmax_body_bytes = 0\n";
    let keys = problem_keys(parse(text).unwrap().validate().unwrap_err());
    assert_eq!(
        keys,
        [
            "telegram.webhook.public_url",
            "telegram.webhook.secret_token_file",
            "telegram.webhook.max_body_bytes",
        ]
    );

    // The webhook's bounds: timeouts of 1-300 s, and setWebhook's 1-100 connections.
    let text = "[telegram]\nenabled = true\ntoken_file = \"t\"\nmode = \"webhook\"\n[telegram.webhook]\npublic_url = \"https://bot.example.org/tg\"\nsecret_token_file = \"s\"\nheader_timeout_secs = 0\nbody_timeout_secs = 301\nmax_connections = 101\n";
    let keys = problem_keys(parse(text).unwrap().validate().unwrap_err());
    assert_eq!(
        keys,
        [
            "telegram.webhook.header_timeout_secs",
            "telegram.webhook.body_timeout_secs",
            "telegram.webhook.max_connections",
        ]
    );

    let polling = "[telegram]\nenabled = true\ntoken_file = \"t\"\napi_url = \"http://127.0.0.1:8081\"\n";
    parse(polling).unwrap().validate().unwrap();

    let keys = problem_keys(
        parse("[limits]\nfiles_in_flight_mb = 0\n")
            .unwrap()
            .validate()
            .unwrap_err(),
    );
    assert_eq!(keys, ["limits.files_in_flight_mb"]);
}

#[test]
fn helpline_and_l10n_rules() {
    let text = "[helpline]\ndefault_language = \"italian language\"\nphone = \"\"\n[l10n]\nfallback = { pcm = [\"pcm\"], x = [\"en\"] }\n";
    let keys = problem_keys(parse(text).unwrap().validate().unwrap_err());
    assert_eq!(
        keys,
        [
            "helpline.phone",
            "helpline.default_language",
            "l10n.fallback.pcm[0]",
            "l10n.fallback.x",
        ]
    );
}

#[test]
fn secret_from_env_wins_over_file() {
    let dir = tempfile::tempdir().unwrap();
    let token = dir.path().join("telegram.token");
    write_secret(&token, "123:from-file\n\n");
    let text = format!(
        "[telegram]\nenabled = true\ntoken_file = {:?}\n",
        token.display().to_string()
    );

    let from_file = parse(&text).unwrap();
    let secret = from_file.resolve_secret(SecretName::TelegramToken).unwrap();
    assert_eq!(secret.expose(), "123:from-file");

    let from_env = parse_with_env(&text, &[("VARCO__TELEGRAM__TOKEN", "123:from-env")]).unwrap();
    let secret = from_env.resolve_secret(SecretName::TelegramToken).unwrap();
    assert_eq!(secret.expose(), "123:from-env");
}

#[test]
fn missing_secret_file_names_key_path_and_env_var() {
    let config = parse("[telegram]\nenabled = true\ntoken_file = \"secrets/no-such.token\"\n").unwrap();
    let err = config.resolve_secret(SecretName::TelegramToken).unwrap_err();
    assert_eq!(
        err.to_string(),
        "telegram.token_file: cannot read secrets/no-such.token: No such file or directory (or set VARCO__TELEGRAM__TOKEN)"
    );
    assert_eq!(err.to_string().lines().count(), 1);

    let err = Config::default()
        .resolve_secret(SecretName::MatrixPassword)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "matrix.password_file: not set (or set VARCO__MATRIX__PASSWORD)"
    );
}

#[test]
fn empty_or_malformed_secrets_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let pass = dir.path().join("store.pass");
    write_secret(&pass, " \n");
    let text = format!("[matrix]\nstore_passphrase_file = {:?}\n", pass.display().to_string());
    let err = parse(&text)
        .unwrap()
        .resolve_secret(SecretName::MatrixStorePassphrase)
        .unwrap_err();
    assert!(err.to_string().starts_with("matrix.store_passphrase_file: "), "{err}");
    assert!(err.to_string().contains("is empty"), "{err}");

    let err = parse_with_env("", &[("VARCO__MATRIX__PASSWORD", "")])
        .unwrap()
        .resolve_secret(SecretName::MatrixPassword)
        .unwrap_err();
    assert_eq!(err.to_string(), "VARCO__MATRIX__PASSWORD: is set but empty");

    let err = parse_with_env("", &[("VARCO__TELEGRAM__WEBHOOK__SECRET_TOKEN", "not/allowed canary")])
        .unwrap()
        .resolve_secret(SecretName::TelegramWebhookSecret)
        .unwrap_err();
    assert!(
        err.to_string().starts_with("VARCO__TELEGRAM__WEBHOOK__SECRET_TOKEN: "),
        "{err}"
    );
    assert!(!err.to_string().contains("canary"), "{err}");
}

#[test]
fn secret_debug_hides_the_value() {
    let config = parse_with_env("", &[("VARCO__TELEGRAM__TOKEN", "123:canary-token")]).unwrap();
    let secret = config.resolve_secret(SecretName::TelegramToken).unwrap();
    assert_eq!(format!("{secret:?}"), "Secret(***)");
    assert!(!format!("{config:?}").contains("canary"));
    assert!(!format!("{config:#?}").contains("canary"));
    assert!(secret.matches(b"123:canary-token"));
    assert!(!secret.matches(b"123:canary-tokem"));
    assert!(!secret.matches(b"123"));
}

#[test]
fn directory_defaults_to_the_built_in_copy() {
    let config = parse("").unwrap();
    assert_eq!(config.directory.file, None);
    let directory = config.directory().unwrap();
    assert!(!directory.is_empty());
    assert!(!directory.lookup("Torino").is_empty());
}

#[test]
fn directory_file_is_read_from_the_key_or_its_env_var() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("directory.toml");
    std::fs::write(
        &file,
        "version = 1\n\n[[projects]]\nname = \"Progetto Alba\"\ncity = \"Aosta\"\nregion = \"Valle d'Aosta\"\n",
    )
    .unwrap();
    let path = file.display().to_string();

    let config = parse(&format!("[directory]\nfile = {path:?}\n")).unwrap();
    assert_eq!(config.directory.file.as_deref(), Some(file.as_path()));
    let directory = config.directory().unwrap();
    assert_eq!(directory.len(), 1);
    assert_eq!(directory.lookup("sono ad Aosta")[0].name, "Progetto Alba");

    let config = parse_with_env("", &[("VARCO__DIRECTORY__FILE", &path)]).unwrap();
    assert_eq!(config.directory().unwrap().len(), 1);
}

#[test]
fn missing_directory_file_names_the_key_and_the_path() {
    let config = parse("[directory]\nfile = \"no/such/directory.toml\"\n").unwrap();
    let err = config.directory().unwrap_err().to_string();
    assert!(
        err.starts_with("directory.file: no/such/directory.toml: cannot read: No such file or directory"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn broken_directory_file_names_the_key_the_path_and_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("directory.toml");
    std::fs::write(&file, "version = 1\n\n[[projects]]\nname = \"Alba\"\ncity = 7\n").unwrap();
    let path = file.display().to_string();
    let config = parse_with_env("", &[("VARCO__DIRECTORY__FILE", &path)]).unwrap();
    let err = config.directory().unwrap_err().to_string();
    assert!(err.starts_with(&format!("directory.file: {path}:5:")), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    std::fs::write(&file, "version = 2\n").unwrap();
    let err = config.directory().unwrap_err().to_string();
    assert!(err.starts_with(&format!("directory.file: {path}: ")), "{err}");
    assert!(err.contains("version 2"), "{err}");
}

/// A value that must never appear in an error: alphanumeric, so every secret accepts it,
/// and long enough for a store passphrase.
const CANARY: &str = "CaNaRy7f3a9c0b1d2e";

/// Every secret environment variable set to [`CANARY`].
fn canary_secrets() -> Vec<(String, String)> {
    SecretName::ALL
        .iter()
        .map(|which| (which.env_var().to_owned(), CANARY.to_owned()))
        .collect()
}

/// The example file (both channels, switched to webhook mode: every key in use) with every
/// secret file written mode 0600 in `dir`, holding `content`.
fn config_with_secret_files(dir: &Path, content: &str) -> (String, Vec<PathBuf>) {
    let example = std::fs::read_to_string(example_path()).unwrap();
    assert!(example.contains("\nmode = \"polling\"\n"));
    let mut text = example.replace("\nmode = \"polling\"\n", "\nmode = \"webhook\"\n");
    let mut paths = Vec::new();
    for which in SecretName::ALL {
        let key = which.file_key().rsplit('.').next().unwrap();
        let path = dir.join(key);
        write_secret(&path, content);
        let (before, after) = text.split_once(&format!("\n{key} = ")).unwrap();
        let rest = after.split_once('\n').unwrap().1;
        text = format!("{before}\n{key} = {:?}\n{rest}", path.display().to_string());
        paths.push(path);
    }
    (text, paths)
}

#[test]
fn secret_files_open_to_group_or_others_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (text, paths) = config_with_secret_files(dir.path(), &format!("{CANARY}\n"));
    let config = parse(&text).unwrap();
    config.validate().unwrap();
    config.check_secrets().unwrap();
    for (which, path) in SecretName::ALL.into_iter().zip(&paths) {
        assert_eq!(config.resolve_secret(which).unwrap().expose(), CANARY);
        for mode in [0o644, 0o640, 0o604, 0o620, 0o602, 0o660] {
            chmod(path, mode);
            let err = config.resolve_secret(which).unwrap_err().to_string();
            let shown = path.display();
            assert_eq!(
                err,
                format!(
                    "{}: permissions of {shown} are too open (mode {mode:04o}); run chmod 600 {shown}",
                    which.file_key()
                )
            );
            assert_eq!(config.check_secrets().unwrap_err().to_string(), err);
        }
        // Owner-only modes are accepted, read-only too.
        for mode in [0o600, 0o400] {
            chmod(path, mode);
            assert_eq!(config.resolve_secret(which).unwrap().expose(), CANARY);
        }
    }
    config.check_secrets().unwrap();
}

#[test]
fn a_symlinked_secret_file_is_judged_by_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("token");
    write_secret(&target, "123:abc\n");
    let link = dir.path().join("token-link");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let text = format!(
        "[telegram]\nenabled = true\ntoken_file = {:?}\n",
        link.display().to_string()
    );
    let config = parse(&text).unwrap();
    // A symlink's own mode is 0777 on Linux; what counts is who may read the file itself.
    assert_eq!(
        config.resolve_secret(SecretName::TelegramToken).unwrap().expose(),
        "123:abc"
    );
    chmod(&target, 0o644);
    let err = config
        .resolve_secret(SecretName::TelegramToken)
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("telegram.token_file: permissions of "), "{err}");
    assert!(err.ends_with(&format!("run chmod 600 {}", link.display())), "{err}");
}

#[test]
fn a_short_store_passphrase_is_refused_without_echoing_it() {
    let short = "CaNaRy7f3a9c0b1"; // 15 characters
    let err = parse_with_env("", &[("VARCO__MATRIX__STORE_PASSPHRASE", short)])
        .unwrap()
        .resolve_secret(SecretName::MatrixStorePassphrase)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("VARCO__MATRIX__STORE_PASSPHRASE: is shorter than 16 characters; "),
        "{err}"
    );
    assert!(
        err.contains("encrypted crypto store") && err.contains("openssl rand -base64 24"),
        "{err}"
    );
    assert!(!err.contains(short) && !err.contains("CaNaRy"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    // Characters, not bytes: 15 two-byte letters are still too short; 16 are enough.
    for (passphrase, ok) in [
        ("é".repeat(15), false),
        ("é".repeat(16), true),
        (CANARY[..16].to_owned(), true),
    ] {
        let config = parse_with_env("", &[("VARCO__MATRIX__STORE_PASSPHRASE", &passphrase)]).unwrap();
        assert_eq!(
            config.resolve_secret(SecretName::MatrixStorePassphrase).is_ok(),
            ok,
            "{passphrase}"
        );
    }

    // From the file, with every other secret fine: start-up stops at the check, naming
    // the key; the store has not been looked at.
    let dir = tempfile::tempdir().unwrap();
    let (text, paths) = config_with_secret_files(dir.path(), &format!("{CANARY}\n"));
    write_secret(&paths[3], &format!("{short}\n"));
    let config = parse(&text).unwrap();
    config.validate().unwrap();
    let err = config.check_secrets().unwrap_err().to_string();
    assert!(err.starts_with("matrix.store_passphrase_file: "), "{err}");
    assert!(err.contains("shorter than 16 characters"), "{err}");
    assert!(!err.contains("CaNaRy"), "{err}");
}

/// Every error text `text` and `env` lead to: loading, validation, secrets.
fn errors_of(text: &str, env: &[(String, String)]) -> Vec<String> {
    match Config::from_toml_str_with_env(text, "test.toml", env.to_vec()) {
        Err(e) => vec![e.to_string()],
        Ok(config) => [config.validate().err(), config.check_secrets().err()]
            .into_iter()
            .flatten()
            .map(|e| e.to_string())
            .collect(),
    }
}

/// Each key of the example file, broken with values that carry [`CANARY`], in the file and
/// as an environment override, while every secret variable holds it too: no error text
/// may contain it. (A path may be named in an error; the secrets here come from the
/// environment, so no `*_file` is read.)
#[test]
fn no_configuration_error_echoes_a_value() {
    let example = std::fs::read_to_string(example_path()).unwrap();
    let base: toml::Table = example.parse().unwrap();
    let secrets = canary_secrets();
    assert!(errors_of(&example, &secrets).is_empty());

    let mut keys = Vec::new();
    collect_keys(&base, &mut Vec::new(), &mut keys);
    assert!(keys.len() > 30, "{keys:?}");
    let bad = [
        format!("{CANARY:?}"),
        format!("[{CANARY:?}]"),
        format!("{{ x = {CANARY:?} }}"),
        format!("[{{ user = {CANARY:?}, languages = [{CANARY:?}] }}]"),
        format!("{{ it = [{CANARY:?}] }}"),
        format!("\"@{CANARY}\""),
        format!("\"!{CANARY} x\""),
    ];
    let mut failures = 0;
    for key in &keys {
        for value in &bad {
            let literal: toml::Value = format!("v = {value}")
                .parse::<toml::Table>()
                .unwrap()
                .remove("v")
                .unwrap();
            let mut table = base.clone();
            set(&mut table, key, literal);
            let in_file = errors_of(&toml::to_string(&table).unwrap(), &secrets);
            let var = format!("VARCO__{}", key.join("__").to_ascii_uppercase());
            let mut env = secrets.clone();
            env.push((var.clone(), value.trim_matches('"').to_owned()));
            let in_env = errors_of(&example, &env);
            for err in in_file.iter().chain(&in_env) {
                assert!(!err.contains(CANARY), "{} = {value} ({var}): {err}", key.join("."));
                failures += 1;
            }
        }
    }
    // The values really were refused, one way or another, many times over.
    assert!(failures > keys.len() * 2, "{failures}");
}

/// Dotted paths of every key of `table` (arrays of tables count as one key).
fn collect_keys(table: &toml::Table, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    for (name, value) in table {
        prefix.push(name.clone());
        match value {
            toml::Value::Table(inner) => collect_keys(inner, prefix, out),
            _ => out.push(prefix.clone()),
        }
        prefix.pop();
    }
}

fn set(table: &mut toml::Table, path: &[String], value: toml::Value) {
    let (last, parents) = path.split_last().unwrap();
    let mut current = table;
    for part in parents {
        current = current.get_mut(part).and_then(toml::Value::as_table_mut).unwrap();
    }
    current.insert(last.clone(), value);
}

#[test]
fn campaign_tags_are_checked_and_settable_from_the_environment() {
    let config = parse("[campaigns]\ntags = [\"qr-torino\", \"poster_bari\"]\n").unwrap();
    assert_eq!(config.campaigns.tags, ["qr-torino", "poster_bari"]);
    assert!(parse("").unwrap().campaigns.tags.is_empty());
    let bad = parse("[campaigns]\ntags = [\"ok\", \"not a tag\", \"\"]\n").unwrap();
    let keys = problem_keys(bad.validate().unwrap_err());
    assert_eq!(keys, ["campaigns.tags[1]", "campaigns.tags[2]"]);
    let config = parse_with_env("", &[("VARCO__CAMPAIGNS__TAGS", "[\"qr-1\"]")]).unwrap();
    assert_eq!(config.campaigns.tags, ["qr-1"]);
}

/// The example with its optional keys uncommented (`#key = …` lines, a `#` right before
/// the key): what it documents, every key set.
fn example_with_optional_keys() -> String {
    let text = std::fs::read_to_string(example_path()).unwrap();
    text.lines()
        .map(|line| {
            let rest = line.strip_prefix('#').unwrap_or("");
            let is_key = rest
                .split_once(" = ")
                .is_some_and(|(key, _)| !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
            if is_key {
                rest
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Dotted paths of every key of a serialised configuration: a struct's fields, walked
/// into nested structs and the first element of arrays of them; an unset `Option`
/// (`null`), an empty map or a plain value is a key of its own.
fn struct_keys(value: &serde_json::Value, prefix: &str, out: &mut Vec<String>) {
    let join = |name: &str| {
        if prefix.is_empty() {
            name.to_owned()
        } else {
            format!("{prefix}.{name}")
        }
    };
    match value {
        serde_json::Value::Object(map) if !map.is_empty() => {
            for (name, inner) in map {
                struct_keys(inner, &join(name), out);
            }
        }
        serde_json::Value::Array(items) if items.first().is_some_and(|i| i.is_object()) => {
            struct_keys(&items[0], prefix, out);
        }
        _ => out.push(prefix.to_owned()),
    }
}

/// Dotted paths of `table`'s keys and of every prefix of them (arrays of tables walked
/// into), for "is documented" lookups.
fn documented_keys(table: &toml::Table, prefix: &str, out: &mut std::collections::BTreeSet<String>) {
    for (name, value) in table {
        let path = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        out.insert(path.clone());
        match value {
            toml::Value::Table(inner) => documented_keys(inner, &path, out),
            toml::Value::Array(items) => {
                for inner in items.iter().filter_map(toml::Value::as_table) {
                    documented_keys(inner, &path, out);
                }
            }
            _ => {}
        }
    }
}

/// Issue 14, item 1: a key added to the config structs and not to the commented example
/// fails here. The keys come from the structs themselves (serialised, the optional
/// sections filled so their keys show), not from a list that could go stale.
#[test]
fn every_config_key_is_documented_in_the_example() {
    let mut full = Config::default();
    full.telegram.webhook = Some(Default::default());
    full.matrix.operators.push(Default::default());
    let mut keys = Vec::new();
    struct_keys(&serde_json::to_value(&full).unwrap(), "", &mut keys);
    assert!(keys.len() > 35, "{keys:?}");
    assert!(
        keys.contains(&"telegram.webhook.max_connections".to_owned()),
        "{keys:?}"
    );
    assert!(keys.contains(&"matrix.operators.languages".to_owned()), "{keys:?}");
    assert!(keys.contains(&"flows.dir".to_owned()), "{keys:?}");

    let text = example_with_optional_keys();
    // Every documented key, the commented ones too, is a real key.
    Config::from_toml_str(&text, "varco.example.toml (optional keys set)").unwrap();
    let mut documented = std::collections::BTreeSet::new();
    documented_keys(&text.parse().unwrap(), "", &mut documented);
    let missing: Vec<&String> = keys.iter().filter(|k| !documented.contains(*k)).collect();
    assert!(
        missing.is_empty(),
        "keys of the config structs missing from deploy/varco.example.toml: {missing:?}"
    );
}

/// The minimal configuration to copy: long polling, both channels, every placeholder
/// marked, and nothing that needs files beside it but the secrets and the key.
#[test]
fn the_minimal_configuration_loads_and_validates() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/varco.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let config = Config::load_with_env(&path, Vec::new()).unwrap();
    config.validate().unwrap();
    assert!(config.telegram.enabled && config.matrix.enabled);
    assert_eq!(config.telegram.mode, TelegramMode::Polling);
    assert_eq!(config.flows.dir, None, "built-in flows");
    assert_eq!(config.l10n.locales_dir, None, "built-in locales");
    assert_eq!(config.directory.file, None, "built-in directory");
    for value in [
        &config.matrix.homeserver,
        &config.matrix.user,
        &config.matrix.lobby_room,
    ] {
        assert!(value.contains("CHANGE-ME") || value.contains("change-me"), "{value}");
    }
    assert!(config.matrix.operators.iter().all(|o| o.user.contains("change-me")));
    assert!(text.lines().count() < 60, "minimal means short");
}
