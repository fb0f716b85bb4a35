//! Issue 10, items 4–5: a fault at Matrix login, against a stand-in homeserver on
//! 127.0.0.1 (`support::homeserver`). A homeserver that answers 5xx (its own 503, a proxy's
//! 502 page) is unavailable for now — an error `serve` retries with its backoff, as an
//! unreachable one — while a 401/403 (wrong password, deactivated account) is the one
//! clear refusal naming the keys, and is never retried.

use varco::channel::matrix::{Bot, Error, Settings, UserIdBuf};
use varco::config::Secret;

use crate::support::homeserver::{Answer, Homeserver, BAD_GATEWAY, DEACTIVATED, FORBIDDEN, UNAUTHORIZED, UNAVAILABLE};

const PASSWORD: &str = "bot password never shown";

/// Log in as a new device against a homeserver that answers logins with `script`.
async fn connect(script: Vec<Answer>) -> (Error, Homeserver) {
    let homeserver = Homeserver::start(script);
    let store = tempfile::tempdir().unwrap();
    let settings = Settings::new(
        homeserver.url(),
        UserIdBuf::try_from("@varco:example.org").unwrap(),
        Secret::new(PASSWORD),
        store.path().join("matrix"),
        Secret::new("matrix store passphrase for the test"),
    );
    let Err(e) = Bot::connect(settings).await else {
        panic!("a login the stand-in never accepts succeeded");
    };
    (e, homeserver)
}

#[tokio::test]
async fn a_homeserver_answering_5xx_at_login_is_unavailable_not_a_refusal() {
    for answer in [UNAVAILABLE, BAD_GATEWAY] {
        let (e, homeserver) = connect(vec![answer]).await;
        assert!(matches!(e, Error::Unavailable(_)), "{answer:?}: {e:?}");
        assert!(homeserver.logins() >= 1, "{answer:?}");
        assert!(!e.to_string().contains(PASSWORD));
    }
}

#[tokio::test]
async fn a_wrong_password_or_a_deactivated_account_is_one_line_naming_the_key() {
    for answer in [FORBIDDEN, DEACTIVATED, UNAUTHORIZED] {
        let (e, homeserver) = connect(vec![answer]).await;
        assert!(matches!(e, Error::Login), "{answer:?}: {e:?}");
        assert_eq!(homeserver.logins(), 1, "a refusal is not retried: {answer:?}");
        let line = e.to_string();
        assert!(line.starts_with("matrix.password_file: "), "{line}");
        assert!(
            line.contains("VARCO__MATRIX__PASSWORD") && !line.contains('\n'),
            "{line}"
        );
        assert!(!line.contains(PASSWORD), "{line}");
    }
}

#[tokio::test]
async fn a_5xx_that_passes_within_the_sdks_tries_logs_in_as_far_as_the_homeserver_lets_it() {
    // Two 503s then a refusal: the refusal is what is reported, after three tries.
    let (e, homeserver) = connect(vec![UNAVAILABLE, UNAVAILABLE, FORBIDDEN]).await;
    assert!(matches!(e, Error::Login), "{e:?}");
    assert_eq!(homeserver.logins(), 3);
}
