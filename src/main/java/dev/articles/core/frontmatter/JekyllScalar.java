package dev.articles.core.frontmatter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jekyll 4.3.1 makes of a scalar: its YAML reader (Psych 4, {@code ScalarScanner#tokenize}) types every plain
 * scalar by the YAML 1.1 rules, and Jekyll prints the Ruby value with {@code to_s}. {@link StrictYamlReader} keeps
 * the text as written instead; this tells where the two part: {@code 1.10} is the float 1.1, {@code 010} the integer
 * 8, {@code yes} the boolean true, {@code 1:30} the integer 5400, {@code 2019-1-7} the date 2019-01-07 (all checked
 * against jekyll 4.3.1). A quoted scalar is always text.
 *
 * @param kind the Ruby type
 * @param text what Ruby's {@code to_s} prints ({@code ""} for nil), or {@code null} for a {@link Kind#TIME} (printed
 *     in the site's zone) and a value Jekyll cannot load at all ({@link Kind#UNREADABLE})
 */
record JekyllScalar(Kind kind, String text) {

    /** The Ruby types of YAML 1.1 plain scalars. */
    enum Kind {
        NULL("null"), BOOLEAN("boolean"), INTEGER("number"), FLOAT("number"), DATE("date"), TIME("time"),
        UNREADABLE("value"), STRING("text");

        /** How a message names the kind. */
        final String noun;

        Kind(String noun) {
            this.noun = noun;
        }
    }

    /** Psych's test for text that cannot be a number or a date (a letter or a sign of punctuation first). */
    private static final Pattern WORDY = Pattern.compile("[^\\d.:-]?[\\p{IsAlphabetic}_\\s!@#$%^&*(){}<>|/\\\\~;=]+");
    private static final Pattern TIME = Pattern.compile(
            "-?(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt]|\\s+)(\\d{1,2}):(\\d\\d):(\\d\\d)(?:\\.\\d*)?"
                    + "(?:\\s*(?:Z|([-+]\\d{1,2}):?(\\d\\d)?))?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(1[012]|0\\d|\\d)-([12]\\d|3[01]|0\\d|\\d)");
    private static final Pattern SEXAGESIMAL_INT = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}");
    private static final Pattern SEXAGESIMAL_FLOAT = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\\.[0-9_]*");
    private static final Pattern FLOAT = Pattern.compile("[-+]?([0-9][0-9_,]*)?\\.[0-9]*([eE][-+][0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+"
            + "|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+");

    /** What Jekyll reads from {@code scalar}. */
    static JekyllScalar of(YamlNode.Scalar scalar) {
        if (scalar.value() == null) {
            return new JekyllScalar(Kind.NULL, "");
        }
        return scalar.quoted() ? new JekyllScalar(Kind.STRING, scalar.value()) : plain(scalar.value());
    }

    /** Whether Jekyll prints the value just as it is written. */
    boolean keepsText(String written) {
        return written.equals(text);
    }

    /** {@code ScalarScanner#tokenize} of Psych 4.0.3 (Ruby 3.1), in its order. */
    static JekyllScalar plain(String s) {
        if (s.isEmpty()) {
            return new JekyllScalar(Kind.NULL, "");
        }
        if (WORDY.matcher(s).lookingAt() || s.indexOf('\n') >= 0) {
            return word(s);
        }
        Matcher m = TIME.matcher(s);
        if (m.matches()) {
            return timeIsValid(m) ? new JekyllScalar(Kind.TIME, null) : text(s);
        }
        m = DATE.matcher(s);
        if (m.matches()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return new JekyllScalar(Kind.DATE, date.toString());
            } catch (DateTimeException notADay) {
                return text(s); // Date.strptime refuses it, so Psych keeps the text
            }
        }
        if (s.matches("(?i)\\+?\\.inf")) {
            return new JekyllScalar(Kind.FLOAT, "Infinity");
        }
        if (s.matches("(?i)-\\.inf")) {
            return new JekyllScalar(Kind.FLOAT, "-Infinity");
        }
        if (s.matches("(?i)\\.nan")) {
            return new JekyllScalar(Kind.FLOAT, "NaN");
        }
        if (s.length() > 1 && s.charAt(0) == ':') {
            return new JekyllScalar(Kind.UNREADABLE, null); // a Ruby symbol, which Jekyll's safe loading refuses
        }
        return number(s);
    }

    /** A plain scalar that starts like a word: null, a boolean, or text. */
    private static JekyllScalar word(String s) {
        if (s.codePointCount(0, s.length()) > 5 || s.matches("(?is)[^ytonf~].*")) {
            return text(s);
        }
        if (s.equals("~") || s.equalsIgnoreCase("null")) {
            return new JekyllScalar(Kind.NULL, "");
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("yes") || lower.equals("true") || lower.equals("on")) {
            return new JekyllScalar(Kind.BOOLEAN, "true");
        }
        if (lower.equals("no") || lower.equals("false") || lower.equals("off")) {
            return new JekyllScalar(Kind.BOOLEAN, "false");
        }
        return text(s);
    }

    /** A plain scalar that is none of the above: a number of one of YAML 1.1's forms, or text. */
    private static JekyllScalar number(String s) {
        if (SEXAGESIMAL_INT.matcher(s).matches()) {
            String[] parts = s.split(":");
            BigInteger total = BigInteger.ZERO;
            for (int e = 0; e < parts.length; e++) {
                BigInteger n = new BigInteger(parts[e].replace("_", "").replace("+", ""));
                total = total.add(n.multiply(BigInteger.valueOf(60).pow(Math.abs(e - 2))));
            }
            return new JekyllScalar(Kind.INTEGER, total.toString());
        }
        if (SEXAGESIMAL_FLOAT.matcher(s).matches()) {
            String[] parts = s.split(":");
            double total = 0;
            for (int e = 0; e < parts.length; e++) {
                String n = parts[e].replace("_", "");
                total += Double.parseDouble(n.endsWith(".") ? n + "0" : n) * Math.pow(60, Math.abs(e - 2));
            }
            return new JekyllScalar(Kind.FLOAT, rubyFloat(total));
        }
        if (FLOAT.matcher(s).matches()) {
            if (s.matches("[-+]?\\.")) {
                return text(s);
            }
            String number = s.replaceAll("[,_]", "").replaceAll("\\.([Ee]|$)", "$1");
            return new JekyllScalar(Kind.FLOAT, rubyFloat(Double.parseDouble(number)));
        }
        if (INTEGER.matcher(s).matches()) {
            String digits = s.replaceAll("[,_]", "");
            boolean negative = digits.startsWith("-");
            String unsigned = digits.startsWith("-") || digits.startsWith("+") ? digits.substring(1) : digits;
            BigInteger value;
            try {
                if (unsigned.startsWith("0b")) {
                    value = new BigInteger(unsigned.substring(2), 2);
                } else if (unsigned.startsWith("0x")) {
                    value = new BigInteger(unsigned.substring(2), 16);
                } else if (unsigned.length() > 1 && unsigned.startsWith("0")) {
                    value = new BigInteger(unsigned.substring(1), 8);
                } else {
                    value = new BigInteger(unsigned);
                }
            } catch (NumberFormatException e) {
                return new JekyllScalar(Kind.UNREADABLE, null); // Ruby's Integer() fails: "0b_"
            }
            return new JekyllScalar(Kind.INTEGER, (negative ? value.negate() : value).toString());
        }
        return text(s);
    }

    private static JekyllScalar text(String s) {
        return new JekyllScalar(Kind.STRING, s);
    }

    /** Whether Ruby's {@code Time.utc} / {@code Time.new} take the parts (else Psych keeps the text). */
    private static boolean timeIsValid(Matcher m) {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = Integer.parseInt(m.group(6));
        boolean valid = month >= 1 && month <= 12 && day >= 1 && day <= 31 && minute <= 59 && second <= 60
                && (hour < 24 || hour == 24 && minute == 0 && second == 0);
        if (m.group(7) != null) {
            int hours = Math.abs(Integer.parseInt(m.group(7)));
            int minutes = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
            valid &= hours * 60 + minutes < 24 * 60;
        }
        return valid;
    }

    /** Ruby's {@code Float#to_s}: the shortest digits that read back, fixed from 1e-4 up to 1e15, else exponent. */
    static String rubyFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == d) {
                shortest = rounded;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int point = digits.length() - shortest.scale(); // the value is 0.<digits> times 10^point
        StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
        if (point > 0 && point <= 15) {
            if (digits.length() <= point) {
                out.append(digits).append("0".repeat(point - digits.length())).append(".0");
            } else {
                out.append(digits, 0, point).append('.').append(digits, point, digits.length());
            }
        } else if (point > -4 && point <= 0) {
            out.append("0.").append("0".repeat(-point)).append(digits);
        } else {
            int exponent = point - 1;
            out.append(digits.charAt(0)).append('.').append(digits.length() > 1 ? digits.substring(1) : "0")
                    .append('e').append(exponent < 0 ? '-' : '+')
                    .append(String.format(Locale.ROOT, "%02d", Math.abs(exponent)));
        }
        return out.toString();
    }
}
