package works.incentives.web.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * The self-certification form's answers as the one text the claim stores: each question as a
 * {@code "## "} line followed by its answer, so the printed report reads as the partner saw it and
 * the wizard can show the answers again.
 */
public final class SelfCertificationText {

    static final String MARK = "## ";

    private SelfCertificationText() {
    }

    public static String compose(List<String> questions, List<String> answers) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            String answer = i < answers.size() && answers.get(i) != null ? answers.get(i).strip() : "";
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(MARK).append(questions.get(i)).append('\n')
                    .append(answer.replace("\n" + MARK, "\n" + MARK.strip()));
        }
        return text.toString();
    }

    /** The answers in question order; a text not written by {@link #compose} is the first answer. */
    public static List<String> answers(String text, int questions) {
        List<String> answers = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            if (!text.startsWith(MARK)) {
                answers.add(text.strip());
            } else {
                for (String block : text.split("(?m)^" + MARK)) {
                    if (block.isEmpty()) {
                        continue;
                    }
                    int end = block.indexOf('\n');
                    answers.add(end < 0 ? "" : block.substring(end + 1).strip());
                }
            }
        }
        while (answers.size() < questions) {
            answers.add("");
        }
        return answers.subList(0, Math.max(questions, 0));
    }

    /** Question and answer pairs for the printable report. */
    public static List<String[]> pairs(String text) {
        List<String[]> pairs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return pairs;
        }
        if (!text.startsWith(MARK)) {
            pairs.add(new String[] {"", text.strip()});
            return pairs;
        }
        for (String block : text.split("(?m)^" + MARK)) {
            if (block.isEmpty()) {
                continue;
            }
            int end = block.indexOf('\n');
            pairs.add(end < 0 ? new String[] {block.strip(), ""}
                    : new String[] {block.substring(0, end).strip(), block.substring(end + 1).strip()});
        }
        return pairs;
    }
}
