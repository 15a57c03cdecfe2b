//! Where the lists' window requests run: one worker thread, one request at a time, and for
//! each list only its latest request waiting. A request superseded before it started is
//! never sent (its answer would be dropped anyway), so holding PageDown or typing fast over a
//! slow server does not queue a scan per key there (at 300,000 deals, before the server's
//! read model, a burst of requests took the server to 5 GB).

use std::sync::mpsc::Sender;
use std::sync::{Arc, Condvar, Mutex};

use super::data::{Job, Loaded};
use super::view::View;
use crate::backend::Backend;
use crate::i18n::Lang;

/// The requests waiting, at most one a list, oldest list first.
#[derive(Default)]
struct Waiting {
    jobs: Vec<(View, Job)>,
    closed: bool,
}

struct Shared {
    waiting: Mutex<Waiting>,
    ready: Condvar,
}

impl Shared {
    /// The next request to run; None once the asker is gone.
    fn next(&self) -> Option<Job> {
        let mut w = self.waiting.lock().ok()?;
        loop {
            if w.closed {
                return None;
            }
            if !w.jobs.is_empty() {
                return Some(w.jobs.remove(0).1);
            }
            w = self.ready.wait(w).ok()?;
        }
    }
}

/// Runs the window requests in the background; their answers arrive on the loader's
/// channel.
pub struct Asker {
    shared: Arc<Shared>,
}

impl Asker {
    pub fn new(svc: Backend, lang: Lang, tx: Sender<Loaded>) -> Asker {
        let shared = Arc::new(Shared {
            waiting: Mutex::new(Waiting::default()),
            ready: Condvar::new(),
        });
        let worker = Arc::clone(&shared);
        std::thread::spawn(move || {
            while let Some(job) = worker.next() {
                // The UI has quit when nobody receives.
                if tx.send(job(&svc, lang)).is_err() {
                    return;
                }
            }
        });
        Asker { shared }
    }

    /// Run `job` for the list of `view` after those waiting, in place of a request of that
    /// list not started yet.
    pub fn ask(&self, view: View, job: Job) {
        if let Ok(mut w) = self.shared.waiting.lock() {
            w.jobs.retain(|(v, _)| *v != view);
            w.jobs.push((view, job));
        }
        self.shared.ready.notify_one();
    }
}

impl Drop for Asker {
    fn drop(&mut self) {
        if let Ok(mut w) = self.shared.waiting.lock() {
            w.closed = true;
        }
        self.shared.ready.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc::channel;
    use std::time::Duration;

    use super::*;
    use crate::service::{Clock, Service};

    #[test]
    fn a_request_superseded_before_it_started_is_never_run() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let svc = Service::open(dir.path(), true, Clock::system())
            .unwrap_or_else(|e| panic!("open: {e:?}"));
        let (tx, rx) = channel();
        let asker = Asker::new(Backend::local(svc, "anna".into()), Lang::Pl, tx);
        // The first request holds the worker until it is let go.
        let (go, wait) = channel::<()>();
        let (started, running) = channel::<()>();
        asker.ask(
            View::Deals,
            Box::new(move |_, _| {
                let _ = started.send(());
                let _ = wait.recv();
                Loaded::Failed("1".into())
            }),
        );
        running
            .recv_timeout(Duration::from_secs(10))
            .unwrap_or_else(|e| panic!("the first request runs: {e}"));
        let job = |n: &'static str| -> Job { Box::new(move |_, _| Loaded::Failed(n.into())) };
        asker.ask(View::Deals, job("2"));
        asker.ask(View::Contacts, job("contacts"));
        asker.ask(View::Deals, job("3"));
        let _ = go.send(());
        let got: Vec<String> = (0..3)
            .filter_map(|_| match rx.recv_timeout(Duration::from_secs(10)) {
                Ok(Loaded::Failed(n)) => Some(n),
                _ => None,
            })
            .collect();
        assert_eq!(got, ["1", "contacts", "3"]);
        assert!(
            rx.recv_timeout(Duration::from_millis(200)).is_err(),
            "2 never ran"
        );
    }
}
