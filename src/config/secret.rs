//! Owns secret values (bot token, passwords, passphrases) and reading them from their
//! environment variable or `*_file`; must never print, log or put a secret value into an
//! error message, and must not read any file other than the one a `*_file` key names.

use std::fmt;
use std::io::Read;
use std::path::Path;

use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use super::{Error, Result};

/// Secret files larger than this are refused rather than read (a path pointing at a log or
/// a device by mistake must not be slurped).
const MAX_SECRET_BYTES: u64 = 64 * 1024;

/// Shortest accepted Matrix store passphrase, in characters: it is all that protects the
/// encrypted crypto store and the sealed session at rest.
pub const MIN_STORE_PASSPHRASE_CHARS: usize = 16;

/// A secret value. `Debug` prints `Secret(***)`; there is no `Display`. The memory is
/// zeroed on drop.
#[derive(Clone)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wrap a value read from a secret file or variable.
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(Zeroizing::new(value.into()))
    }

    /// The value, for handing to the one client that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Compare with a presented value (e.g. the webhook's secret token header) in time
    /// independent of where they differ.
    /// Only the length may show through timing.
    pub fn matches(&self, presented: &[u8]) -> bool {
        self.0.as_bytes().ct_eq(presented).into()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// The secrets Varco needs, each with its `*_file` key and its environment variable (which
/// wins over the file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SecretName {
    /// `telegram.token_file` / `VARCO__TELEGRAM__TOKEN`.
    TelegramToken,
    /// `telegram.webhook.secret_token_file` / `VARCO__TELEGRAM__WEBHOOK__SECRET_TOKEN`.
    TelegramWebhookSecret,
    /// `matrix.password_file` / `VARCO__MATRIX__PASSWORD`.
    MatrixPassword,
    /// `matrix.store_passphrase_file` / `VARCO__MATRIX__STORE_PASSPHRASE`.
    MatrixStorePassphrase,
}

impl SecretName {
    /// Every secret, in the order of the example file.
    pub const ALL: [SecretName; 4] = [
        SecretName::TelegramToken,
        SecretName::TelegramWebhookSecret,
        SecretName::MatrixPassword,
        SecretName::MatrixStorePassphrase,
    ];

    /// The environment variable holding the value itself.
    pub fn env_var(self) -> &'static str {
        match self {
            SecretName::TelegramToken => "VARCO__TELEGRAM__TOKEN",
            SecretName::TelegramWebhookSecret => "VARCO__TELEGRAM__WEBHOOK__SECRET_TOKEN",
            SecretName::MatrixPassword => "VARCO__MATRIX__PASSWORD",
            SecretName::MatrixStorePassphrase => "VARCO__MATRIX__STORE_PASSPHRASE",
        }
    }

    /// The dotted config key naming the file that holds the value.
    pub fn file_key(self) -> &'static str {
        match self {
            SecretName::TelegramToken => "telegram.token_file",
            SecretName::TelegramWebhookSecret => "telegram.webhook.secret_token_file",
            SecretName::MatrixPassword => "matrix.password_file",
            SecretName::MatrixStorePassphrase => "matrix.store_passphrase_file",
        }
    }

    /// Extra format rule, checked without echoing the value.
    fn check(self, value: &str) -> std::result::Result<(), &'static str> {
        match self {
            // Telegram's setWebhook accepts 1-256 characters of A-Za-z0-9_-.
            SecretName::TelegramWebhookSecret
                if value.len() > 256
                    || !value
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') =>
            {
                Err("must be 1-256 characters of a-z, A-Z, 0-9, _ and -, as telegram requires")
            }
            SecretName::MatrixStorePassphrase if value.chars().count() < MIN_STORE_PASSPHRASE_CHARS => Err(
                "is shorter than 16 characters; it protects the encrypted crypto store and the sealed \
                 session at rest (make one with `openssl rand -base64 24`)",
            ),
            _ => Ok(()),
        }
    }
}

/// The environment value if there is one, else the file's content.
pub(super) fn resolve(which: SecretName, from_env: Option<&Secret>, file: Option<&Path>) -> Result<Secret> {
    let env_var = which.env_var();
    if let Some(secret) = from_env {
        let value = secret.expose().trim_end();
        let fail = |message: String| Error::Secret {
            key: env_var.to_owned(),
            message,
        };
        if value.is_empty() {
            return Err(fail("is set but empty".to_owned()));
        }
        which.check(value).map_err(|m| fail(m.to_owned()))?;
        return Ok(Secret::new(value));
    }

    let fail = |message: String| Error::Secret {
        key: which.file_key().to_owned(),
        message: format!("{message} (or set {env_var})"),
    };
    let Some(path) = file else {
        return Err(fail("not set".to_owned()));
    };
    let shown = path.display();
    let bytes = read_limited(path).map_err(|e| match e {
        ReadError::Io(e) => fail(format!("cannot read {shown}: {e}")),
        // Fixing the mode is the answer here, not the environment variable.
        ReadError::TooOpen(mode) => Error::Secret {
            key: which.file_key().to_owned(),
            message: format!("permissions of {shown} are too open (mode {mode:04o}); run chmod 600 {shown}"),
        },
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|_| fail(format!("{shown} is not valid utf-8 text")))?;
    let value = text.trim_end();
    if value.is_empty() {
        return Err(fail(format!("{shown} is empty")));
    }
    which
        .check(value)
        .map_err(|m| fail(format!("the secret in {shown} {m}")))?;
    Ok(Secret::new(value))
}

/// Why a secret file was not read.
enum ReadError {
    /// Cannot be opened or read, or too large (the reason, without the os error number).
    Io(String),
    /// Readable or writable by group or others (unix); the permission bits.
    TooOpen(u32),
}

/// The file's bytes, after checking that only its owner may read or write it. The mode is
/// that of the opened file, so a symlink is judged by the file it points to and the check
/// and the read concern the same file.
fn read_limited(path: &Path) -> std::result::Result<Zeroizing<Vec<u8>>, ReadError> {
    let io = |e: std::io::Error| ReadError::Io(io_message(&e));
    let file = std::fs::File::open(path).map_err(io)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = file.metadata().map_err(io)?;
        let mode = meta.permissions().mode() & 0o7777;
        if !meta.is_dir() && mode & 0o077 != 0 {
            return Err(ReadError::TooOpen(mode));
        }
    }
    let mut bytes = Zeroizing::new(Vec::new());
    file.take(MAX_SECRET_BYTES + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > MAX_SECRET_BYTES {
        return Err(ReadError::Io(format!("larger than {MAX_SECRET_BYTES} bytes")));
    }
    Ok(bytes)
}

/// An I/O error without the `(os error 2)` suffix: `No such file or directory`.
pub(super) fn io_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(i) if text.ends_with(')') => text[..i].to_owned(),
        _ => text,
    }
}
