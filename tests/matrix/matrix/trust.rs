//! Room keys go only to devices their owner cross-signed (issue 10, item 3): a second
//! device added to an operator's account, and a member whose device nobody cross-signed,
//! cannot decrypt what the bot says next in a case room, while the operator's own
//! cross-signed device can.

use std::time::Instant;

use matrix_sdk::ruma::{OwnedEventId, OwnedUserId, RoomId};

use super::Case;
use crate::operator::{Operator, DEADLINE};
use crate::support::synapse::Synapse;

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
