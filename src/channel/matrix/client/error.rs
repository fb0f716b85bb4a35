//! Every failure of the Matrix client layer as one [`Error`]: the enum, the mappings from
//! matrix-sdk, HTTP and store errors (which failures are transient, which mean a wrong
//! passphrase, a revoked session or another device's store), and [`scrub_ids`], which takes
//! room and user ids out of SDK texts. It must not perform requests or log, and no error it
//! builds may carry a secret, message text or an id in clear.

use std::path::{Path, PathBuf};

use matrix_sdk::ruma::api::error::ErrorKind;
use matrix_sdk::ruma::OwnedRoomId;
use matrix_sdk::{ClientBuildError, HttpError};

use crate::channel::matrix::session::SessionError;

/// Why a Matrix operation failed. One line each; never contains secrets or message text.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The crypto store's passphrase does not open it (the store directory is named).
    #[error("matrix store in {0}: wrong store passphrase (the store cannot be decrypted)")]
    StorePassphrase(PathBuf),
    /// The homeserver did not answer at start-up (its URL is named): `serve` stops.
    #[error("matrix homeserver {0} is unreachable")]
    Unreachable(String),
    /// `matrix.homeserver` is not a URL.
    #[error("matrix homeserver url `{0}` is not a valid url")]
    InvalidHomeserver(String),
    /// The homeserver refused the bot's login (401/403: a wrong user id or password, or a
    /// deactivated account): named by its keys, never retried.
    #[error(
        "matrix.password_file: the homeserver refused the bot's login (wrong matrix.user or password, or the account \
         is deactivated); check them (or VARCO__MATRIX__PASSWORD)"
    )]
    Login,
    /// The saved session's token no longer works (the device was logged out): the store
    /// directory must be recreated.
    #[error("matrix session was revoked by the homeserver (device logged out or token invalid); the store in {0} must be recreated")]
    SessionRevoked(PathBuf),
    /// The saved session is another account's than `matrix.user`.
    #[error("matrix session belongs to another account than the configured bot user")]
    SessionMismatch,
    /// The sealed session file could not be read or written.
    #[error(transparent)]
    Session(#[from] SessionError),
    /// The crypto store belongs to another device than the saved session (its session file was
    /// lost).
    #[error("matrix store in {0} holds the keys of another device (its session file is gone); move the store away to start a new device")]
    StoreMismatch(PathBuf),
    /// The crypto store could not be opened or used, for another reason than its passphrase.
    #[error("matrix store in {path}: {reason}")]
    Store {
        /// The crypto store's directory.
        path: PathBuf,
        /// The SDK's reason.
        reason: String,
    },
    /// Cross-signing could not be set up for the bot's device at start-up.
    #[error("matrix cross-signing setup failed: {0}")]
    CrossSigning(String),
    // Room ids stay out of the messages: a person's direct chat id is a platform chat id.
    /// A send to a room without `m.room.encryption` was refused (nothing was sent). Carries
    /// the room; the message leaves it out.
    #[error("matrix room is not encrypted: refusing to send")]
    NotEncrypted(OwnedRoomId),
    /// The bot is not in the room (it left, or was removed). Carries the room; the message
    /// leaves it out.
    #[error("matrix room is not joined by the bot")]
    NotJoined(OwnedRoomId),
    /// The homeserver refused a request, or the SDK failed otherwise (not transient). The
    /// text is the SDK's, with room and user ids scrubbed once the bot runs.
    #[error("matrix request failed: {0}")]
    Request(String),
    /// The homeserver did not answer, answered 5xx or asked to slow down: it will pass.
    #[error("matrix homeserver unavailable for now: {0}")]
    Unavailable(String),
    /// A file over the size limit, refused before it is uploaded or after it was downloaded.
    #[error("matrix attachment larger than the {limit}-byte limit")]
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// An attachment's reference is not a Matrix media source.
    #[error("matrix attachment reference unreadable")]
    BadMedia,
    /// Nothing was sent: a member of the room has another cross-signing identity than the
    /// one the bot pinned (an operator's identity was reset). It passes once the desk has
    /// suspended them and they are out of the case rooms.
    #[error("matrix room holds someone whose pinned identity changed: nothing sent until they are suspended")]
    IdentityChanged,
}

/// A client that could not be built over the store: a wrong passphrase, or the store's own failure.
pub(super) fn build_error(e: ClientBuildError, store_dir: &Path) -> Error {
    match e {
        ClientBuildError::SqliteStore(matrix_sdk_sqlite::OpenStoreError::InitCipher(_)) => {
            Error::StorePassphrase(store_dir.to_owned())
        }
        other => Error::Store {
            path: store_dir.to_owned(),
            reason: other.to_string(),
        },
    }
}

/// A session that could not be restored into the store.
pub(super) fn store_error(e: matrix_sdk::Error, store_dir: &Path) -> Error {
    if is_mismatched_account(&e) {
        return Error::StoreMismatch(store_dir.to_owned());
    }
    Error::Store {
        path: store_dir.to_owned(),
        reason: e.to_string(),
    }
}

fn is_unreachable(e: &HttpError) -> bool {
    match e {
        HttpError::Reqwest(r) => r.is_connect() || r.is_timeout() || r.is_request(),
        HttpError::Cached(inner) => is_unreachable(inner),
        _ => false,
    }
}

/// A failed request at start-up: no homeserver, a revoked token, a refused login, a
/// homeserver that answers but cannot serve now (5xx, 429, a proxy's error page: it passes,
/// so `serve` retries it with backoff, as an unreachable one), or a refusal.
pub(super) fn http_error(e: HttpError, url: &url::Url, store_dir: &Path) -> Error {
    if is_unreachable(&e) {
        return Error::Unreachable(url.to_string());
    }
    match e.client_api_error_kind() {
        Some(ErrorKind::UnknownToken(_)) => Error::SessionRevoked(store_dir.to_owned()),
        Some(ErrorKind::Forbidden | ErrorKind::UserDeactivated) => Error::Login,
        _ if is_transient(&e) => Error::Unavailable(scrub_ids(&e.to_string())),
        _ => Error::Request(scrub_ids(&e.to_string())),
    }
}

fn is_mismatched_account(e: &matrix_sdk::Error) -> bool {
    use matrix_sdk::encryption::{CryptoStoreError, OlmError};
    let store = match e {
        matrix_sdk::Error::CryptoStoreError(inner) => &**inner,
        matrix_sdk::Error::OlmError(inner) => match &**inner {
            OlmError::Store(store) => store,
            _ => return false,
        },
        _ => return false,
    };
    matches!(store, CryptoStoreError::MismatchedAccount { .. })
}

/// A failed SDK call at start-up: another device's store, else as [`http_error`].
pub(super) fn sdk_error(e: matrix_sdk::Error, url: &url::Url, store_dir: &Path) -> Error {
    if is_mismatched_account(&e) {
        return Error::StoreMismatch(store_dir.to_owned());
    }
    match e {
        matrix_sdk::Error::Http(http) => http_error(*http, url, store_dir),
        other => Error::Request(other.to_string()),
    }
}

/// A failure of cross-signing setup: a refusal becomes [`Error::CrossSigning`], anything
/// else keeps its own meaning.
pub(super) fn cross_signing_error(e: matrix_sdk::Error, url: &url::Url, store_dir: &Path) -> Error {
    match sdk_error(e, url, store_dir) {
        Error::Request(reason) => Error::CrossSigning(reason),
        other => other,
    }
}

/// A failed request of the running bot, its text scrubbed of ids: transient or a refusal.
pub(super) fn request_error(e: matrix_sdk::Error) -> Error {
    use matrix_sdk::encryption::OlmError;
    use matrix_sdk_crypto::SessionRecipientCollectionError::VerifiedUserChangedIdentity;
    let text = scrub_ids(&e.to_string());
    match &e {
        matrix_sdk::Error::Http(http) if is_transient(http) => Error::Unavailable(text),
        matrix_sdk::Error::OlmError(olm)
            if matches!(
                &**olm,
                OlmError::SessionRecipientCollectionError(VerifiedUserChangedIdentity(_))
            ) =>
        {
            Error::IdentityChanged
        }
        _ => Error::Request(text),
    }
}

/// Whether an HTTP failure will pass by itself: no answer, a 5xx or 429, or an answer that
/// is not the homeserver's (a proxy's error page). A Matrix error with a 4xx status is the
/// homeserver's refusal and will not.
fn is_transient(e: &HttpError) -> bool {
    if is_unreachable(e) {
        return true;
    }
    match e {
        HttpError::Cached(inner) => is_transient(inner),
        HttpError::Reqwest(_) | HttpError::Api(_) => match e.as_client_api_error() {
            Some(api) => api.status_code.is_server_error() || api.status_code.as_u16() == 429,
            None => true,
        },
        _ => false,
    }
}

/// `text` with every Matrix room, user or alias id (`!…:server`, `@…:server`, `#…:server`,
/// a room version 12 `!hash`, also percent-encoded, as in a request URL) replaced by `<id>`: SDK and HTTP errors quote
/// URLs, and a person's direct-chat room id and user id must not reach the logs.
pub fn scrub_ids(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(['!', '@', '#', '%']) {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let sigil_len = match tail.as_bytes() {
            [b'!' | b'@' | b'#', ..] => 1,
            [b'%', b'2', b'1' | b'3', ..] | [b'%', b'4', b'0', ..] => 3,
            _ => 0,
        };
        if sigil_len == 0 {
            out.push('%');
            rest = &tail[1..];
            continue;
        }
        let end = tail
            .find(|c: char| {
                c.is_whitespace() || matches!(c, '/' | '?' | '&' | ')' | '(' | '"' | '\'' | ',' | ';' | '>' | '<')
            })
            .unwrap_or(tail.len());
        let token = &tail[..end];
        let body = &token[sigil_len..];
        let has_server = body.contains(':') || body.contains("%3A") || body.contains("%3a");
        // Room version 12 ids have no server part: `!` and a 43-character hash.
        let is_room = tail.starts_with('!') || tail.starts_with("%21");
        let opaque_room = is_room
            && body.len() >= 16
            && body
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+' | '='));
        if !body.is_empty() && (has_server || opaque_room) {
            out.push_str("<id>");
            rest = &tail[end..];
        } else {
            out.push_str(&tail[..sigil_len]);
            rest = &tail[sigil_len..];
        }
    }
    out.push_str(rest);
    out
}

/// A coarse, content-free name for a sync failure, for logs.
pub(super) fn error_kind(e: &matrix_sdk::Error) -> &'static str {
    match e {
        matrix_sdk::Error::Http(http) if is_unreachable(http) => "unreachable",
        matrix_sdk::Error::Http(_) => "http",
        _ => "client",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_key_share_to_a_changed_identity_is_told_apart() {
        use matrix_sdk::encryption::OlmError;
        use matrix_sdk_crypto::SessionRecipientCollectionError::VerifiedUserChangedIdentity;
        let anna = matrix_sdk::ruma::OwnedUserId::try_from("@anna:example.org").expect("user");
        let refused = OlmError::SessionRecipientCollectionError(VerifiedUserChangedIdentity(vec![anna]));
        let e = request_error(matrix_sdk::Error::from(refused));
        assert!(matches!(e, Error::IdentityChanged), "{e:?}");
        assert!(!e.to_string().contains("anna"), "{e}");
    }

    #[test]
    fn ids_are_scrubbed_from_error_texts() {
        let e = "error sending request for url (http://127.0.0.1:8008/_matrix/client/v3/rooms/%21dm123%3Aexample.org/send/m.room.message/1): timeout";
        let shown = scrub_ids(e);
        assert!(!shown.contains("dm123"), "{shown}");
        assert!(
            shown.contains("rooms/<id>/send") && shown.contains("127.0.0.1:8008"),
            "{shown}"
        );
        let shown = scrub_ids("user @victim:example.org in !room:example.org, 100% sure!");
        assert_eq!(shown, "user <id> in <id>, 100% sure!");
        assert_eq!(scrub_ids("#lobby:example.org"), "<id>");
        let v12 = "url (http://h/_matrix/client/v3/rooms/!TXt8Qn7zs4AXUqgOoEiI2DCXlxmY8lvtkq9F8C6Kpfs/members)";
        assert_eq!(scrub_ids(v12), "url (http://h/_matrix/client/v3/rooms/<id>/members)");
        assert_eq!(scrub_ids("send !claim first!"), "send !claim first!");
    }
}
