//! Which devices the bot trusts: room keys go only to devices their owner has cross-signed
//! ([`CollectStrategy::IdentityBasedStrategy`], MSC4153), every synced message says whether
//! its sending device was cross-signed by its owner ([`SenderDevice`], read from the
//! event's `EncryptionInfo`), and the operators' devices that are not cross-signed can be
//! listed for the lobby. Roster operators' identities are pinned at first sight ([`Pin`]),
//! so that one that changes gets no room key. It must not decide what an untrusted message
//! means (the desk and ingest do), and must not log user ids, device ids or keys.

use matrix_sdk::deserialized_responses::{EncryptionInfo, VerificationLevel, VerificationState};
use matrix_sdk::ruma::{OwnedDeviceId, OwnedUserId, UserId};
use matrix_sdk_crypto::{CollectStrategy, DecryptionSettings, TrustRequirement};

use super::error::{request_error, scrub_ids};
use super::{Bot, Error};

/// Whom room keys are shared with: only devices signed by their owner's cross-signing
/// identity. A device added to an operator's account (by a homeserver admin, or by anyone
/// holding the password) gets no key until the operator cross-signs it.
pub(super) const ROOM_KEY_RECIPIENTS: CollectStrategy = CollectStrategy::IdentityBasedStrategy;

/// Decrypt from any device. The trust check is the bot's own ([`SenderDevice`]), not the
/// SDK's `TrustRequirement::CrossSigned`: an event the SDK refused to decrypt could not be
/// told apart from one whose keys are missing, so an operator on an unverified device would
/// hear "send it again" instead of "verify that device"; and a person writing in a direct
/// chat need not have cross-signing at all.
pub(super) fn decryption_settings() -> DecryptionSettings {
    DecryptionSettings {
        sender_device_trust_requirement: TrustRequirement::Untrusted,
    }
}

/// How a synced message reached the bot, as far as its sender's device goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SenderDevice {
    /// Decrypted, and sent from a device its owner's current cross-signing identity signed
    /// (the strictness of the SDK's `TrustRequirement::CrossSigned`).
    CrossSigned,
    /// Decrypted, but the device is not signed by its owner, not known, or its owner's
    /// identity changed after it was verified.
    NotCrossSigned,
    /// Not encrypted at all: anyone with the homeserver's ear can have written it.
    Plaintext,
}

impl SenderDevice {
    /// Read from a synced event's encryption info (`None`: the event was plaintext).
    ///
    /// Strict on purpose: `CrossSignedOrLegacy` would also accept megolm sessions whose
    /// sender was never linked to a device ("legacy"), exactly what a device nobody checked
    /// can produce; and `Verified` alone would need the bot to verify every operator
    /// interactively. A cross-signed device whose owner the bot has not verified
    /// (`UnverifiedIdentity`) counts: its owner vouched for it with their identity.
    pub fn of(info: Option<&EncryptionInfo>) -> SenderDevice {
        let Some(info) = info else {
            return SenderDevice::Plaintext;
        };
        match info.verification_state {
            VerificationState::Verified => SenderDevice::CrossSigned,
            VerificationState::Unverified(VerificationLevel::UnverifiedIdentity) => SenderDevice::CrossSigned,
            VerificationState::Unverified(_) => SenderDevice::NotCrossSigned,
        }
    }
}

/// Where a roster operator's cross-signing identity stands with the bot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pin {
    /// No identity known (never set up, or not fetched yet): nothing to pin.
    Unknown,
    /// The identity the bot signed when it first saw it (before this call).
    Pinned,
    /// Signed by this call: seen for the first time since it was last lifted.
    PinnedNow,
    /// Known but not signed: asked not to pin (a suspended operator).
    Unpinned,
    /// Not the identity the bot signed: it changed since. Room keys are refused to the
    /// whole room while this lasts ([`Error::IdentityChanged`]).
    Changed,
}

impl Bot {
    /// Pin `user`'s cross-signing identity at first sight (`pin`): the bot signs it with its
    /// own user-signing key, so that matrix-sdk refuses to share a room key into any room
    /// where `user` has another identity later (a reset by a thief of the password, or by
    /// the homeserver's administrator). Then reads it back, so the SDK remembers it was
    /// verified. Without `pin`, only says where it stands.
    pub async fn pin_identity(&self, user: &UserId, pin: bool) -> Result<Pin, Error> {
        let encryption = self.client.encryption();
        let identity = encryption.get_user_identity(user).await.map_err(crypto_error)?;
        let Some(identity) = identity else {
            return Ok(Pin::Unknown);
        };
        if identity.has_verification_violation() {
            return Ok(Pin::Changed);
        }
        if identity.is_verified() {
            return Ok(Pin::Pinned);
        }
        if !pin {
            return Ok(Pin::Unpinned);
        }
        identity.verify().await.map_err(crypto_error)?;
        encryption.request_user_identity(user).await.map_err(request_error)?;
        Ok(Pin::PinnedNow)
    }

    /// Lift the pin of `user`, whose identity changed: the SDK shares room keys into rooms
    /// they are in again (the lobby), with their new identity's devices. Only once the desk
    /// has suspended them and they are out of every case room.
    pub async fn unpin_identity(&self, user: &UserId) -> Result<(), Error> {
        let identity = self
            .client
            .encryption()
            .get_user_identity(user)
            .await
            .map_err(crypto_error)?;
        if let Some(identity) = identity {
            identity.withdraw_verification().await.map_err(crypto_error)?;
        }
        Ok(())
    }

    /// The devices of `users` that their owner has not cross-signed, as the bot's crypto
    /// store knows them (users who share an encrypted room with the bot are tracked). No
    /// request is sent.
    pub async fn unsigned_devices(&self, users: &[OwnedUserId]) -> Result<Vec<(OwnedUserId, OwnedDeviceId)>, Error> {
        let encryption = self.client.encryption();
        let mut unsigned = Vec::new();
        for user in users {
            let devices = encryption.get_user_devices(user).await.map_err(request_error)?;
            for device in devices.devices() {
                if !device.is_cross_signed_by_owner() && !device.is_dehydrated() {
                    unsigned.push((user.clone(), device.device_id().to_owned()));
                }
            }
        }
        Ok(unsigned)
    }
}

/// A crypto store or signing failure (no HTTP status to tell it by): a refusal, its text
/// scrubbed of ids.
fn crypto_error(e: impl std::fmt::Display) -> Error {
    Error::Request(scrub_ids(&e.to_string()))
}

#[cfg(test)]
mod tests {
    use matrix_sdk::deserialized_responses::{AlgorithmInfo, DeviceLinkProblem};
    use matrix_sdk::ruma::OwnedUserId;

    use super::*;

    fn info(state: VerificationState) -> EncryptionInfo {
        EncryptionInfo {
            sender: OwnedUserId::try_from("@anna:example.org").expect("user"),
            sender_device: None,
            forwarder: None,
            algorithm_info: AlgorithmInfo::MegolmV1AesSha2 {
                curve25519_key: String::new(),
                sender_claimed_keys: Default::default(),
                session_id: None,
            },
            verification_state: state,
        }
    }

    #[test]
    fn only_devices_cross_signed_by_their_owner_count() {
        assert_eq!(SenderDevice::of(None), SenderDevice::Plaintext);
        let trusted = [
            VerificationState::Verified,
            VerificationState::Unverified(VerificationLevel::UnverifiedIdentity),
        ];
        for state in trusted {
            assert_eq!(SenderDevice::of(Some(&info(state))), SenderDevice::CrossSigned);
        }
        let untrusted = [
            VerificationLevel::UnsignedDevice,
            VerificationLevel::VerificationViolation,
            VerificationLevel::MismatchedSender,
            VerificationLevel::None(DeviceLinkProblem::MissingDevice),
            VerificationLevel::None(DeviceLinkProblem::InsecureSource),
        ];
        for level in untrusted {
            let state = VerificationState::Unverified(level);
            assert_eq!(SenderDevice::of(Some(&info(state))), SenderDevice::NotCrossSigned);
        }
    }
}
