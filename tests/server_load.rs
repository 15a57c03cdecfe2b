//! Shared access under load and under failure (issue 6, SPEC X6): a real `lejek serve`
//! process on a temporary database, eight clients writing at once through the library's
//! client, the server killed with SIGKILL in the middle of that, and a client that dies
//! half-way through a frame.
//!
//! What each test proves, and why its checks are enough, is written next to the checks.
//! Nothing here asserts how long anything takes: waits have generous limits only so that a
//! hung server fails the test instead of hanging CI.

#[path = "common/server.rs"]
mod server_fixture;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Barrier;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use lejek::model::{Change, EntityKind, EntityRef, Event, Id, Note};
use lejek::server::client::Client;
use lejek::server::protocol::{Query, Request, Response, new_request_id};
use lejek::service::query::Journal;
use lejek::service::{Command as Cmd, ContactDraft, Outcome};
use server_fixture::{PATIENCE, Server, add_contact, apply, contact_names, frame, hello_frame};

/// Writers in the load tests, each a lejek user of its own (u1..u8).
const CLIENTS: usize = 8;
/// Changes each writer makes in the load test: one contact, then notes on it.
const CHANGES: usize = 1_000;

/// The child-process half of `a_client_killed_mid_frame_changes_nothing` finds its socket here.
const HALF_FRAME_ENV: &str = "LEJEK_TEST_HALF_FRAME_SOCKET";
/// ...and tells its parent it has sent half a frame with this line.
const HALF_FRAME_SENT: &str = "HALF-FRAME-SENT";

fn contact(id: Id) -> EntityRef {
    EntityRef {
        kind: EntityKind::Contact,
        id,
    }
}

fn add_note(on: EntityRef, text: String) -> Request {
    Request::Apply {
        cmd: Cmd::AddNote { on, text },
        id: new_request_id(),
    }
}

/// The writers' logins, u1..u8, created by anna (an admin) before any load starts.
fn add_writers(server: &Server) -> Vec<String> {
    let mut anna = server.client("anna");
    let logins: Vec<String> = (1..=CLIENTS).map(|i| format!("u{i}")).collect();
    for login in &logins {
        apply(
            &mut anna,
            Cmd::AddUser {
                login: login.clone(),
                name: format!("Użytkownik {login}"),
                admin: false,
            },
        );
    }
    logins
}

fn journal(c: &mut Client, on: EntityRef) -> Journal {
    match c
        .request(&Request::Query(Query::Journal { on }))
        .expect("journal query")
    {
        Response::Journal(j) => *j,
        other => panic!("journal answered {other:?}"),
    }
}

/// The text of writer `login`'s `i`-th note: unique across the whole test, so finding it
/// in the store can only mean that this write landed.
fn note_text(login: &str, i: usize) -> String {
    format!("{login} nota {i}")
}

/// The contact each writer owns; a contact has no owner field, the name carries it.
fn contact_name(login: &str) -> String {
    format!("Kontakt {login}")
}

/// What one writer was told by the server: the events and ids of each acknowledged change.
struct Acked {
    login: String,
    contact: Id,
    /// The contact's creation, then every acknowledged note in the order written.
    outcomes: Vec<Outcome>,
}

/// Check that a writer's contact holds exactly its creation and notes 1..=`notes`, in
/// order, each event by `login`, each note complete (record and event agree).
fn check_history(j: &Journal, login: &str, notes: usize) {
    // One event per change: the `Created` event, then one `NoteAdded` per note. A count
    // that matches and a per-position comparison below mean no change is missing, none is
    // doubled and none is out of order.
    assert_eq!(
        j.history.len(),
        notes + 1,
        "{login}: events on the contact (1 created + {notes} notes)"
    );
    let first: &Event = &j.history[0];
    assert_eq!(first.actor, login, "{login}: who created the contact");
    assert_eq!(
        first.change,
        Change::Created {
            summary: contact_name(login)
        },
        "{login}: the first event creates the contact"
    );
    // The history is read oldest first by sequence number; strictly increasing sequence
    // numbers with the texts in write order prove the store kept each writer's order.
    for w in j.history.windows(2) {
        assert!(w[0].seq < w[1].seq, "{login}: history out of order");
    }
    assert_eq!(j.notes.len(), notes, "{login}: note records");
    for (i, (ev, note)) in j.history[1..].iter().zip(&j.notes).enumerate() {
        let text = note_text(login, i + 1);
        // Attributed to the user of the connection that made it, not to anna (who is the
        // process's user, and the admin who created the writers) nor to another writer.
        assert_eq!(ev.actor, login, "{login}: actor of event {}", ev.seq);
        match &ev.change {
            Change::NoteAdded { note_id, text: t } => {
                assert_eq!(t, &text, "{login}: event {} text", ev.seq);
                // The note record and its event were written together: same id, same text,
                // same author. A torn write would leave one without the other.
                assert_eq!(note.id, *note_id, "{login}: note of event {}", ev.seq);
                assert_eq!(note.text, text, "{login}: note {} text", note.id);
                assert_eq!(note.author, login, "{login}: note {} author", note.id);
            }
            other => panic!("{login}: event {} is {other:?}, not a note", ev.seq),
        }
    }
}

/// Every acknowledged outcome's events and ids are where the journal says: the server
/// answered `Done` only for what is now in the store, with the sequence numbers it reported.
fn check_acked(j: &Journal, acked: &Acked) {
    let login = &acked.login;
    assert!(
        acked.outcomes.len() <= j.history.len(),
        "{login}: {} acknowledged changes, {} in the store",
        acked.outcomes.len(),
        j.history.len()
    );
    for (i, out) in acked.outcomes.iter().enumerate() {
        let ev = &j.history[i];
        assert_eq!(out.events, vec![ev.seq], "{login}: events of change {i}");
        if i > 0 {
            assert_eq!(out.id, Some(j.notes[i - 1].id), "{login}: id of note {i}");
        }
    }
}

/// (a) 8 clients x 1,000 changes at once; every change is in the store, attributed to the
/// right user, in each writer's order.
#[test]
fn eight_clients_make_a_thousand_changes_each() {
    let server = Server::start();
    let logins = add_writers(&server);
    let started = Instant::now();
    // All writers connect first and start together, so their writes really interleave.
    let go = Barrier::new(CLIENTS);
    let acked: Vec<Acked> = std::thread::scope(|s| {
        let handles: Vec<_> = logins
            .iter()
            .map(|login| {
                let (server, go) = (&server, &go);
                s.spawn(move || {
                    let mut c = server.client(login);
                    assert_eq!(c.login(), login, "the server says who we are");
                    go.wait();
                    let created = add_contact(&mut c, &contact_name(login));
                    let id = created.id.expect("the new contact's id");
                    let mut outcomes = vec![created];
                    for i in 1..CHANGES {
                        match c
                            .request(&add_note(contact(id), note_text(login, i)))
                            .expect("add note request")
                        {
                            Response::Done(out) => outcomes.push(out),
                            other => panic!("{login}: note {i} answered {other:?}"),
                        }
                    }
                    Acked {
                        login: login.clone(),
                        contact: id,
                        outcomes,
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a writer panicked"))
            .collect()
    });
    let load = started.elapsed();

    // Read back on a fresh connection of another user: what we check is what the store
    // holds, not anything a writer's connection might remember.
    let mut reader = server.client("anna");
    let names = contact_names(&mut reader);
    assert_eq!(names.len(), CLIENTS, "one contact per writer: {names:?}");
    let mut all_seqs = BTreeSet::new();
    let mut interleaved = false;
    for a in &acked {
        assert!(names.contains(&contact_name(&a.login)), "{}", a.login);
        assert_eq!(a.outcomes.len(), CHANGES, "{}: acknowledged", a.login);
        let j = journal(&mut reader, contact(a.contact));
        check_history(&j, &a.login, CHANGES - 1);
        check_acked(&j, a);
        // A writer's sequence numbers with gaps mean others wrote in between.
        interleaved |= j.history.windows(2).any(|w| w[1].seq != w[0].seq + 1);
        for ev in &j.history {
            assert!(all_seqs.insert(ev.seq), "sequence {} used twice", ev.seq);
        }
    }
    // 8,000 distinct sequence numbers in one contiguous block: no two writers were given
    // the same number (which would make one event overwrite another), and no write left an
    // event anywhere else (the counter is in the store, advanced in the same transaction).
    assert_eq!(all_seqs.len(), CLIENTS * CHANGES);
    let (lo, hi) = (
        *all_seqs.first().expect("some events"),
        *all_seqs.last().expect("some events"),
    );
    assert_eq!(
        hi - lo + 1,
        (CLIENTS * CHANGES) as u64,
        "a gap in the events"
    );
    // Not asserted (it depends on scheduling), but printed: whether the writers really
    // took turns, and how long the load took (see `cargo test -- --nocapture`).
    println!(
        "{} changes by {CLIENTS} clients in {:.2} s; interleaved: {interleaved}",
        CLIENTS * CHANGES,
        load.as_secs_f64()
    );
}

/// (b) SIGKILL during the load: every acknowledged write is there after a restart, and the
/// store holds no partial change.
#[test]
fn acknowledged_writes_survive_kill_9_during_the_load() {
    let mut server = Server::start();
    let logins = add_writers(&server);
    // Each writer's contact is created (and acknowledged) before the load, so the load is
    // notes only and every writer has somewhere to write from its first request.
    let contacts: Vec<Id> = logins
        .iter()
        .map(|login| {
            add_contact(&mut server.client(login), &contact_name(login))
                .id
                .expect("contact id")
        })
        .collect();

    let progress: Vec<AtomicUsize> = (0..CLIENTS).map(|_| AtomicUsize::new(0)).collect();
    let killed = AtomicBool::new(false);
    let go = Barrier::new(CLIENTS + 1);
    // Connected here, so the threads do not borrow the server this thread kills.
    let clients: Vec<Client> = logins.iter().map(|l| server.client(l)).collect();
    let acked: Vec<(Acked, Option<String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = logins
            .iter()
            .zip(&contacts)
            .zip(&progress)
            .zip(clients)
            .map(|(((login, &id), done), mut c)| {
                let (go, killed) = (&go, &killed);
                s.spawn(move || {
                    go.wait();
                    let mut outcomes = Vec::new();
                    // Write until the server dies (the cap only stops a runaway test): the
                    // kill then lands in the middle of every writer's run, not after it.
                    for i in 1..=1_000_000 {
                        match c.request(&add_note(contact(id), note_text(login, i))) {
                            Ok(Response::Done(out)) => {
                                outcomes.push(out);
                                done.fetch_add(1, Ordering::SeqCst);
                            }
                            // The only way a write may fail here is the connection breaking
                            // after the kill; an error answer would be a bug.
                            Ok(other) => panic!("{login}: note {i} answered {other:?}"),
                            Err(e) => {
                                assert!(
                                    killed.load(Ordering::SeqCst),
                                    "{login}: note {i} failed before the kill: {e}"
                                );
                                return (
                                    Acked {
                                        login: login.clone(),
                                        contact: id,
                                        outcomes,
                                    },
                                    Some(e.to_string()),
                                );
                            }
                        }
                    }
                    let acked = Acked {
                        login: login.clone(),
                        contact: id,
                        outcomes,
                    };
                    (acked, None)
                })
            })
            .collect();
        go.wait();
        // Kill once every writer has had at least 200 writes acknowledged: all eight are
        // then mid-run, with one request each in flight or about to be sent.
        let started = Instant::now();
        while progress.iter().any(|p| p.load(Ordering::SeqCst) < 200) {
            assert!(started.elapsed() < PATIENCE, "the writers never got going");
            std::thread::sleep(Duration::from_millis(5));
        }
        killed.store(true, Ordering::SeqCst);
        server.kill_9();
        handles
            .into_iter()
            .map(|h| h.join().expect("a writer panicked"))
            .collect()
    });
    for (a, err) in &acked {
        assert!(
            err.is_some(),
            "{}: wrote {} notes without noticing the kill",
            a.login,
            a.outcomes.len()
        );
    }

    // A new server process opens what the killed one left on disk.
    server.restart();
    let mut reader = server.client("anna");
    let mut seen = Vec::new();
    for (a, _) in &acked {
        let j = journal(&mut reader, contact(a.contact));
        let k = a.outcomes.len();
        seen.push(format!("{} {k}/{}", a.login, j.notes.len()));
        // The store holds notes 1..=m of this writer with nothing in between missing (that
        // is what `check_history` checks position by position). A writer has at most one
        // request in flight, so m is the acknowledged k, or k + 1 when the write in flight
        // at the kill was committed but its answer never arrived. m < k would be a lost
        // acknowledged write; m > k + 1 a write nobody sent.
        let m = j.notes.len();
        assert!(
            m == k || m == k + 1,
            "{}: {k} acknowledged, {m} in the store",
            a.login
        );
        check_history(&j, &a.login, m);
        // The acknowledged ones are there with the very ids and sequence numbers the dead
        // server answered. The contact's creation, acknowledged before the load and checked
        // by `check_history`, only takes its place at the front so the positions line up.
        let with_contact = Acked {
            login: a.login.clone(),
            contact: a.contact,
            outcomes: std::iter::once(Outcome {
                id: Some(a.contact),
                events: vec![j.history[0].seq],
                ..Default::default()
            })
            .chain(a.outcomes.iter().cloned())
            .collect(),
        };
        check_acked(&j, &with_contact);
    }
    // Printed, not asserted: acknowledged/stored per writer (k + 1 where the write in
    // flight at the kill was committed without its answer arriving).
    println!("after kill -9, acknowledged/stored: {}", seen.join(", "));

    // The id and sequence counters were committed with the records they numbered: after the
    // restart each writer's next note gets a new id and a new, higher sequence number, and
    // every note written before it is unchanged (a counter left behind would hand out a
    // number already in use and overwrite that note or event).
    let before: Vec<Journal> = acked
        .iter()
        .map(|(a, _)| journal(&mut reader, contact(a.contact)))
        .collect();
    let old_max_seq = before
        .iter()
        .flat_map(|j| j.history.iter().map(|e| e.seq))
        .max()
        .expect("events");
    let old_ids: BTreeSet<Id> = before
        .iter()
        .flat_map(|j| j.notes.iter().map(|n| n.id))
        .collect();
    for ((a, _), old) in acked.iter().zip(&before) {
        let mut c = server.client(&a.login);
        let next = old.notes.len() + 1;
        let out = match c
            .request(&add_note(contact(a.contact), note_text(&a.login, next)))
            .expect("add note after the restart")
        {
            Response::Done(out) => out,
            other => panic!("{}: note after the restart answered {other:?}", a.login),
        };
        let id = out.id.expect("note id");
        assert!(!old_ids.contains(&id), "{}: note id {id} reused", a.login);
        assert!(out.events.iter().all(|&s| s > old_max_seq), "{out:?}");
        let j = journal(&mut reader, contact(a.contact));
        check_history(&j, &a.login, next);
        let unchanged: Vec<&Note> = j.notes.iter().take(old.notes.len()).collect();
        assert_eq!(
            unchanged,
            old.notes.iter().collect::<Vec<_>>(),
            "{}",
            a.login
        );
    }
}

/// The request the half frames carry: a contact that must never appear.
const GHOST: &str = "Widmo z połowy ramki";

fn ghost_frame() -> Vec<u8> {
    let req = Request::Apply {
        cmd: Cmd::AddContact(ContactDraft {
            name: GHOST.into(),
            ..Default::default()
        }),
        id: new_request_id(),
    };
    frame(&lejek::server::protocol::encode(&req).expect("encode request"))
}

/// Connect, shake hands and read the welcome, so the server's thread for this connection is
/// past the handshake and waiting for a request when the half frame arrives.
fn raw_connection(db: &Path) -> UnixStream {
    let mut s = UnixStream::connect(lejek::server::socket_path(db)).expect("raw connect");
    s.set_read_timeout(Some(PATIENCE)).expect("read timeout");
    s.write_all(&hello_frame()).expect("send hello");
    let mut len = [0u8; 4];
    s.read_exact(&mut len).expect("welcome length");
    let mut welcome = vec![0u8; u32::from_be_bytes(len) as usize];
    s.read_exact(&mut welcome).expect("welcome body");
    s
}

/// Not a test of its own: the child process of `a_client_killed_mid_frame_changes_nothing`
/// (this test binary run again with `HALF_FRAME_ENV` set). Without it, it does nothing.
#[test]
fn half_frame_child() {
    let Ok(db) = std::env::var(HALF_FRAME_ENV) else {
        return;
    };
    let mut s = raw_connection(Path::new(&db));
    let bytes = ghost_frame();
    s.write_all(&bytes[..bytes.len() / 2])
        .expect("send half a frame");
    s.flush().expect("flush");
    println!("{HALF_FRAME_SENT}");
    std::io::stdout().flush().expect("flush stdout");
    // Wait to be killed; the socket stays open until then.
    std::thread::sleep(PATIENCE);
}

/// (c) A client that dies with half a frame sent: the server drops that connection, keeps
/// serving everyone else, and writes nothing.
#[test]
fn a_client_killed_mid_frame_changes_nothing() {
    // With an idle limit the server exits once no connection is open: that it does so at
    // the end proves it let go of the dead clients' connections too.
    let mut server = Server::start_idle(2);
    let db = server.db().to_path_buf();
    let mut survivor = server.client("anna");
    let firm = add_contact(&mut survivor, "Stały klient")
        .id
        .expect("contact id");
    let marker = |c: &mut Client, text: &str| -> u64 {
        let out = apply(
            c,
            Cmd::AddNote {
                on: contact(firm),
                text: text.into(),
            },
        );
        out.events[0]
    };
    let before = marker(&mut survivor, "przed");

    // A real process, killed by SIGKILL while its frame is half sent: the test binary itself
    // running `half_frame_child`.
    let exe = std::env::current_exe().expect("the test binary");
    let mut child = Command::new(exe)
        .args([
            "half_frame_child",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HALF_FRAME_ENV, &db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn the half-frame child");
    let out = child.stdout.take().expect("child stdout");
    let sent = BufReader::new(out)
        .lines()
        .map_while(Result::ok)
        .any(|l| l.contains(HALF_FRAME_SENT));
    assert!(sent, "the child never sent its half frame");
    child.kill().expect("SIGKILL the child");
    child.wait().expect("reap the child");

    // The same in this process, twice: half a body after its length, and half a length.
    let bytes = ghost_frame();
    let mut s = raw_connection(&db);
    s.write_all(&bytes[..bytes.len() / 2]).expect("half body");
    drop(s);
    let mut s = raw_connection(&db);
    s.write_all(&bytes[..2]).expect("half length");
    drop(s);

    // The survivor's connection (opened before any of this) and a new one are served.
    let after = marker(&mut survivor, "po");
    let mut newcomer = server.client("anna");
    // Nothing was written: events are numbered by a counter advanced in the same
    // transaction as every write, and every write makes at least one event, so the note
    // after is the very next event after the note before. The ghost contact is not there.
    assert_eq!(after, before + 1, "something was written in between");
    let names = contact_names(&mut newcomer);
    assert!(!names.contains(&GHOST.to_owned()), "{names:?}");

    // Control: the same bytes, whole, do write the ghost, so the checks above would have
    // seen it had the server applied a half frame (say, padded it out).
    let mut s = raw_connection(&db);
    s.write_all(&bytes).expect("whole frame");
    let mut len = [0u8; 4];
    s.read_exact(&mut len).expect("answer length");
    drop(s);
    assert!(contact_names(&mut newcomer).contains(&GHOST.to_owned()));

    // Everyone hangs up; a connection thread still stuck on a dead client's half frame
    // would keep the server busy forever.
    drop(survivor);
    drop(newcomer);
    let started = Instant::now();
    loop {
        if let Some(status) = server.child.try_wait().expect("server status") {
            assert!(status.success(), "server exit: {status}");
            break;
        }
        assert!(
            started.elapsed() < PATIENCE,
            "the server still holds a connection"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
