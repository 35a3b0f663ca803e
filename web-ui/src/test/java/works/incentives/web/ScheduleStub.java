package works.incentives.web;

import works.incentives.domain.cluster.ScheduledJobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The shared job schedule as one node sees it: the due run is this node's when {@link #due} says so. */
public class ScheduleStub implements ScheduledJobs {

    public boolean due;
    public final List<String> finished = new ArrayList<>();

    @Override
    public boolean takeDueRun(String job, String node, Instant now, Instant next) {
        return due;
    }

    @Override
    public void finished(String job, String node, Instant at, int changed) {
        finished.add(job + " " + node + " " + changed);
    }

    @Override
    public Optional<JobRun> find(String job) {
        return Optional.empty();
    }

    @Override
    public String thisNode() {
        return "node-a";
    }
}
