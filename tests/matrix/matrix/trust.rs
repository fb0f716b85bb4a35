//! Room keys go only to devices their owner cross-signed (issue 10, item 3): a second
//! device added to an operator's account, and a member whose device nobody cross-signed,
//! cannot decrypt what the bot says next in a case room, while the operator's own
//! cross-signed device can.

use std::time::Instant;

use matrix_sdk::ruma::{OwnedEventId, OwnedUserId, RoomId};

use super::Case;
use crate::operator::{Operator, DEADLINE};
use crate::support::synapse::Synapse;
use varco::channel::matrix::MatrixEvent;

/// Waits until the bot's crypto store lists `device` of `user` as not cross-signed (the
/// bot has seen the device, so a key share would consider it).
async fn bot_knows_unsigned(case: &Case, user: &OwnedUserId, device: &str) {
    let deadline = Instant::now() + DEADLINE;
    loop {
        let unsigned = case
            .bot()
            .unsigned_devices(std::slice::from_ref(user))
            .await
            .expect("devices");
        if unsigned.iter().any(|(u, d)| u == user && d.as_str() == device) {
            return;
        }
        assert!(Instant::now() < deadline, "the bot never saw the new device");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Waits until `op`'s device received `event` and could not decrypt it; then checks it
/// stays undecryptable when fetched again (no key arrived late).
async fn stays_undecryptable(op: &Operator, room: &RoomId, event: &OwnedEventId, canary: &str) {
    let deadline = Instant::now() + DEADLINE;
    while !op.encrypted.lock().expect("lock").contains(event) {
        let decrypted = op.received.lock().expect("lock").iter().any(|(_, _, b)| b == canary);
        assert!(!decrypted, "a device nobody cross-signed decrypted the case message");
        assert!(Instant::now() < deadline, "the device never received the case message");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let room = op.client.get_room(room).expect("room known");
    let fetched = room.event(event, None).await.expect("event fetched");
    assert!(fetched.kind.is_utd(), "the case message became readable on that device");
    let decrypted = op.received.lock().expect("lock").iter().any(|(_, _, b)| b == canary);
    assert!(!decrypted, "a device nobody cross-signed decrypted the case message");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn room_keys_reach_only_devices_their_owner_cross_signed() {
    let s = Synapse::shared_async().await;
    let case = Case::open(s).await;
    // The operator's account gains a device nobody cross-signed (an admin, a stolen
    // password), and a member joins whose device is not cross-signed either.
    let intruder = case.operator.another_device(s).await;
    let intruder_device = intruder.client.device_id().expect("device").to_string();
    let member = Operator::start_without_cross_signing(s).await;
    case.bot().invite(&case.room, &member.user).await.expect("invite");
    member.join_when_invited(&case.room).await;
    bot_knows_unsigned(&case, &case.operator.user, &intruder_device).await;
    let member_device = member.client.device_id().expect("device").to_string();
    bot_knows_unsigned(&case, &member.user, &member_device).await;

    let canary = format!("canary-keys-{}", Synapse::unique_name("x"));
    let event = case.bot().send_text(&case.room, &canary).await.expect("bot sends");
    case.operator
        .wait_for_text(&case.room, &case.account.user, &canary)
        .await;
    stays_undecryptable(&intruder, &case.room, &event, &canary).await;
    stays_undecryptable(&member, &case.room, &event, &canary).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bot_that_lost_its_store_cross_signs_its_new_device() {
    let s = Synapse::shared_async().await;
    let mut case = Case::open(s).await;
    case.bot_says("before the store was lost").await;
    // The store directory is lost: the next start logs in as a new device, which must
    // make a new identity (the old private keys went with the store) and sign itself.
    let old_device = case.bot().device_id().clone();
    case.running.take().expect("bot running").shutdown().await;
    case.account.store = tempfile::tempdir().expect("tempdir");
    case.running = Some(super::Running::start(case.account.settings(s)).await);
    // A new store knows no room until its first sync.
    case.running()
        .wait_for("a first sync", |ev| {
            matches!(ev, MatrixEvent::Synced { .. }).then_some(())
        })
        .await;
    let device = case.bot().device_id().clone();
    assert_ne!(old_device, device, "a new store is a new device");
    let bot_user = OwnedUserId::try_from(case.account.user.as_str()).expect("bot id");
    let deadline = Instant::now() + DEADLINE;
    loop {
        let encryption = case.operator.client.encryption();
        let _ = encryption.request_user_identity(&bot_user).await;
        let seen = encryption.get_device(&bot_user, &device).await.expect("crypto store");
        if seen.is_some_and(|d| d.is_cross_signed_by_owner()) {
            break;
        }
        assert!(Instant::now() < deadline, "the bot's new device was never cross-signed");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    case.bot_says("after the store was lost").await;
}
