//! Work in bounded steps, for a caller that must not block its thread for long (a web page's main
//! thread with no worker): [`AnalysisSteps`].
//!
//! The analysis pipeline is written once, as `async` functions that account for the work they have
//! done with [`Budget::spend`] between paragraphs, sentences and passes. Nothing in them waits on
//! anything outside: the only way they pause is a spent budget. [`run_now`] drives such a function to
//! its end in one go (the budget is unlimited, so it never pauses: this is how [`crate::analyze`]
//! runs), and [`AnalysisSteps::step`] drives it one budget at a time. Both run the same code over
//! the same data, so a stepped analysis equals one call exactly (`tests/steps.rs`).
//!
//! A unit of work is about one byte of text through one linear pass; the whole analysis costs
//! roughly eight units per byte. The core measures no time: a caller that wants steps of some
//! milliseconds measures its steps and picks the units (pkg/highlight/analyze.js does).

use std::cell::Cell;
use std::future::Future;
use std::pin::{pin, Pin};
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use crate::analysis::Analysis;
use crate::error::Error;

/// What is left of the current step's work allowance, in units.
#[derive(Debug)]
pub(crate) struct Budget {
    left: Cell<u64>,
}

impl Budget {
    /// A budget that never runs out: the work runs to its end in one go.
    pub(crate) fn unlimited() -> Self {
        Budget {
            left: Cell::new(u64::MAX),
        }
    }

    /// Whether this budget can run out (it is a step's, not [`Budget::unlimited`]).
    pub(crate) fn is_limited(&self) -> bool {
        self.left.get() != u64::MAX
    }

    /// Accounts for `units` of work just done, and pauses the work when the step's allowance is
    /// used up. Call it after each piece of work, so that every step makes progress.
    pub(crate) async fn spend(&self, units: usize) {
        let left = self.left.get();
        if left == u64::MAX {
            return;
        }
        let left = left.saturating_sub(units as u64);
        self.left.set(left);
        if left == 0 {
            Pause { paused: false }.await;
        }
    }
}

/// A future that is pending once, then ready: where a stepped analysis hands its thread back.
struct Pause {
    paused: bool,
}

impl Future for Pause {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.paused {
            Poll::Ready(())
        } else {
            self.paused = true;
            Poll::Pending
        }
    }
}

/// Runs `work` (one of the pipeline's functions, given [`Budget::unlimited`]) to its end.
pub(crate) fn run_now<F: Future>(work: F) -> F::Output {
    let mut work = pin!(work);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        // An unlimited budget never pauses, so the first poll finishes; the loop is for safety.
        if let Poll::Ready(out) = work.as_mut().poll(&mut cx) {
            return out;
        }
    }
}

/// An analysis that runs a bounded amount of work per [`AnalysisSteps::step`], made by
/// [`crate::Document::analysis_steps`]. It owns a copy of the text and options, so the document
/// may change meanwhile; its result is the analysis of the text as it was when the steps began.
///
/// Not `Send`: the steps run on the thread that made them (a page's main thread).
///
/// ```
/// use textlens::{analyze, Analyzer, AnalyzeOptions};
/// let mut doc = Analyzer::new().document(&AnalyzeOptions::default()).unwrap();
/// let text = "Ann Lee met Bo Chan in Paris on May 3.\n\n".repeat(50);
/// doc.append(&text).unwrap();
/// let mut steps = doc.analysis_steps();
/// let mut count = 1;
/// while !steps.step(4_096) {
///     count += 1; // a page would yield to its event loop here
/// }
/// assert!(count > 1);
/// assert_eq!(steps.finish().unwrap(), analyze(&text));
/// ```
pub struct AnalysisSteps {
    state: State,
}

enum State {
    Running {
        work: Pin<Box<dyn Future<Output = Result<Analysis, Error>>>>,
        budget: Rc<Budget>,
    },
    Done(Box<Result<Analysis, Error>>),
}

impl std::fmt::Debug for AnalysisSteps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let done = matches!(self.state, State::Done(_));
        f.debug_struct("AnalysisSteps")
            .field("done", &done)
            .finish()
    }
}

impl AnalysisSteps {
    /// Steps over `work`, which spends from `budget`.
    pub(crate) fn new(
        work: impl Future<Output = Result<Analysis, Error>> + 'static,
        budget: Rc<Budget>,
    ) -> Self {
        AnalysisSteps {
            state: State::Running {
                work: Box::pin(work),
                budget,
            },
        }
    }

    /// Does about `units` units of work (at least one piece of it; see the module documentation for
    /// the unit) and tells whether the analysis is complete. Once it is, further steps do nothing.
    pub fn step(&mut self, units: usize) -> bool {
        let State::Running { work, budget } = &mut self.state else {
            return true;
        };
        budget.left.set((units as u64).clamp(1, u64::MAX - 1));
        let mut cx = Context::from_waker(Waker::noop());
        match work.as_mut().poll(&mut cx) {
            Poll::Ready(out) => {
                self.state = State::Done(Box::new(out));
                true
            }
            Poll::Pending => false,
        }
    }

    /// The analysis: what is left of it runs now, in one go.
    pub fn finish(self) -> Result<Analysis, Error> {
        match self.state {
            State::Done(out) => *out,
            State::Running { work, budget } => {
                budget.left.set(u64::MAX);
                run_now(work)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn count_to(n: usize, budget: &Budget) -> usize {
        let mut done = 0;
        for _ in 0..n {
            done += 1;
            budget.spend(10).await;
        }
        done
    }

    #[test]
    fn an_unlimited_budget_never_pauses() {
        assert_eq!(run_now(count_to(1000, &Budget::unlimited())), 1000);
    }

    #[test]
    fn a_limited_budget_pauses_when_spent_and_resumes_where_it_paused() {
        let budget = Rc::new(Budget::unlimited());
        let inner = Rc::clone(&budget);
        let work = async move { Ok(Analysis::from_count(count_to(10, &inner).await)) };
        let mut steps = AnalysisSteps::new(work, budget);
        // 10 pieces of 10 units, 25 units a step: the budget runs out in the 3rd, 6th and 9th
        // pieces, so the 4th step finishes.
        let taken: Vec<bool> = (0..4).map(|_| steps.step(25)).collect();
        assert_eq!(taken, [false, false, false, true]);
        assert!(steps.step(25), "a finished analysis stays finished");
        assert_eq!(steps.finish().unwrap().stats.words, 10);
    }

    #[test]
    fn finish_runs_the_rest_at_once() {
        let budget = Rc::new(Budget::unlimited());
        let inner = Rc::clone(&budget);
        let work = async move { Ok(Analysis::from_count(count_to(100, &inner).await)) };
        let mut steps = AnalysisSteps::new(work, budget);
        assert!(!steps.step(1));
        assert_eq!(steps.finish().unwrap().stats.words, 100);
    }

    impl Analysis {
        fn from_count(words: usize) -> Self {
            let mut analysis = crate::analyze("");
            analysis.stats.words = words;
            analysis
        }
    }
}
