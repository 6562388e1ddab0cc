package org.elyte.app.simulate;

import org.elyte.sim.simulation.ProgressListener;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal only (never with --json or when output is redirected). */
final class Progress implements ProgressListener, AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * @param task label
     * @param show whether a bar may be shown (false with --json)
     * @return a listener; a no-op unless there is a console
     */
    static Progress open(String task, boolean show) {
        boolean tty = show && System.console() != null;
        return new Progress(tty ? new ProgressBarBuilder().setTaskName(task).setInitialMax(1)
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build() : null);
    }

    @Override
    public void progress(int done, int total) {
        if (bar != null) {
            bar.maxHint(total);
            bar.stepTo(Math.min(done, total));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
