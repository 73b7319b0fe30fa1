package dev.articles.core.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JekyllScalarTest {

    /**
     * Plain scalars as Jekyll's YAML reader types them and Ruby prints them, checked against jekyll 4.3.1's reader
     * ({@code Psych.safe_load(..., permitted_classes: [Date, Time])} of Ruby 3.1 / Psych 4.0.3, then {@code to_s}).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", emptyValue = "", textBlock = """
            .5                    | FLOAT      | 0.5
            1.                    | FLOAT      | 1.0
            1.e+3                 | FLOAT      | 1000.0
            1.10                  | FLOAT      | 1.1
            3.0                   | FLOAT      | 3.0
            -0.0                  | FLOAT      | -0.0
            1_0.5                 | FLOAT      | 10.5
            1.5e+3                | FLOAT      | 1500.0
            123456.789e+10        | FLOAT      | 1.23456789e+15
            3.14159265358979      | FLOAT      | 3.14159265358979
            -.5                   | FLOAT      | -0.5
            +.inf                 | FLOAT      | Infinity
            -.Inf                 | FLOAT      | -Infinity
            .NaN                  | FLOAT      | NaN
            1:30.5                | FLOAT      | 5430.0
            0b                    | STRING     | 0b
            0b_                   | UNREADABLE | -
            1e3                   | STRING     | 1e3
            1.5e3                 | STRING     | 1.5e3
            1_000_000.000_1       | STRING     | 1_000_000.000_1
            00                    | INTEGER    | 0
            007                   | INTEGER    | 7
            010                   | INTEGER    | 8
            08                    | STRING     | 08
            '0,1'                 | INTEGER    | 1
            -0x1F                 | INTEGER    | -31
            0o17                  | STRING     | 0o17
            '1,000'               | INTEGER    | 1000
            +12                   | INTEGER    | 12
            -1:30                 | INTEGER    | -1800
            1:30                  | INTEGER    | 5400
            1__0                  | STRING     | 1__0
            1:60                  | STRING     | 1:60
            12345678901234567890  | INTEGER    | 12345678901234567890
            :sym                  | UNREADABLE | -
            Yes                   | BOOLEAN    | true
            ON                    | BOOLEAN    | true
            oFF                   | BOOLEAN    | false
            n                     | STRING     | n
            y                     | STRING     | y
            nULL                  | NULL       | ''
            ~                     | NULL       | ''
            2019-1-7              | DATE       | 2019-01-07
            2019-02-30            | STRING     | 2019-02-30
            2019-00-01            | STRING     | 2019-00-01
            2019-01-07 10:00:00   | TIME       | -
            2019-13-07 10:00:00   | STRING     | 2019-13-07 10:00:00
            true.                 | STRING     | true.
            ÿes                   | STRING     | ÿes
            日本                  | STRING     | 日本
            """)
    void plainScalars(String written, JekyllScalar.Kind kind, String text) {
        assertEquals(new JekyllScalar(kind, text), JekyllScalar.plain(written));
    }

    @Test
    void quotedScalarsAreText() {
        assertEquals(new JekyllScalar(JekyllScalar.Kind.STRING, "1.10"),
                JekyllScalar.of(new YamlNode.Scalar("1.10", true, 1, 1)));
        assertEquals(new JekyllScalar(JekyllScalar.Kind.FLOAT, "1.1"),
                JekyllScalar.of(new YamlNode.Scalar("1.10", false, 1, 1)));
        assertEquals(new JekyllScalar(JekyllScalar.Kind.NULL, ""), JekyllScalar.of(new YamlNode.Scalar(null, false, 1, 1)));
    }

    /** Ruby's Float#to_s (checked with Ruby 3.1): fixed notation from 0.0001 to below 1e15. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1e16                   | 1.0e+16
            1e15                   | 1.0e+15
            1e14                   | 100000000000000.0
            1234567890123456.0     | 1.234567890123456e+15
            123456789012345.0      | 123456789012345.0
            12345678901234567.0    | 1.2345678901234568e+16
            0.0001                 | 0.0001
            0.00001                | 1.0e-05
            0.00012                | 0.00012
            10000000000000.5       | 10000000000000.5
            9007199254740993.0     | 9.007199254740992e+15
            0.30000000000000004    | 0.30000000000000004
            """)
    void rubyFloat(double value, String ruby) {
        assertEquals(ruby, JekyllScalar.rubyFloat(value));
    }
}
