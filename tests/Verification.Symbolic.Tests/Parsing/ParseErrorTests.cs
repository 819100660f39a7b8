using Verification.Symbolic.Parsing;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Parsing;

public class ParseErrorTests
{
    /// <summary>Malformed claims: where the error must point (1-based line:column) and what the message must say.</summary>
    public static TheoryData<string, int, int, string> Malformed => new()
    {
        { "softmax([a, b], 2) == a", 1, 17, "softmax index 2 is out of range: the vector has 2 logits" },
        { "log_softmax([a], -1) == 0", 1, 18, "log_softmax index -1 is out of range" },
        { "for all n >= 1, j in 0..n-1: diff(logsumexp(z), z_j) == softmax(z, j)", 1, 49, "'z_j' is spelled like an entry of the vector z: write z[…]" },
        { "for all n >= 1, j in 0..n-1: diff(logsumexp(z), j) == 0", 1, 49, "'j' is an index variable" },
        { "gelu(x) == x * sigmoid(x)", 1, 1, "unknown function 'gelu' (the functions are exp, log, sigmoid, tanh, softplus, log_sigmoid, silu, softmax" },
        { "softmax([a, b], 0, temp: 2) == a", 1, 20, "unknown named argument 'temp:' (the named arguments of softmax are 'temperature:'" },
        { "softmax([a, b], 0, temperature: 2, temperature: 3) == a", 1, 36, "the named argument 'temperature:' is given twice" },
        { "softmax([a, b], temperature: 2, 0) == a", 1, 33, "a positional argument cannot follow the named argument 'temperature:'" },
        { "tanh(x, temperature: 2) == x", 1, 9, "tanh takes no named arguments" },
        { "focal(z, y, -1) == 0", 1, 13, "the focusing parameter gamma of focal must be an integer >= 0, not -1" },
        { "focal(z, y, g) == 0", 1, 13, "the focusing parameter gamma of focal must be an integer" },
        { "for all n >= 2, i in 0..n-1: softmax(z, i, temperature: 2) == 1", 1, 44, "not supported in claims for every n" },
        { "sigmoid(x, y) == x", 1, 12, "sigmoid takes 1 argument" },
        { "softmax([a, b]) == a", 1, 15, "softmax takes 2 arguments" },
        { "diff(x^2) == 2 * x", 1, 9, "diff takes 2 arguments" },
        { "sigmoid(x)", 1, 11, "expected '=='" },
        { "a == b == c", 1, 8, "exactly one '=='" },
        { "a == b c", 1, 8, "expected an operator, 'where' or end of input, found 'c'" },
        { "a == b)", 1, 7, "unmatched ')'" },
        { "(a + b == c", 1, 8, "expected ')' to close the '(' at 1:1, found '=='" },
        { "a + b) == c", 1, 6, "unmatched ')'" },
        { "sigmoid(x == x", 1, 11, "expected ',' or ')' to close the '(' at 1:8" },
        { "softmax([a, b, 0) == 1", 1, 17, "expected ',' or ']' to close the '[' at 1:9" },
        { "x^0.5 == y", 1, 3, "the exponent must be an integer, not 0.5" },
        { "x^(1/2) == y", 1, 4, "the exponent must be an integer, not 1/2" },
        { "x^y == 1", 1, 3, "the exponent must be an integer, but 'y' is a symbol" },
        { "e^(-x) == 1", 1, 5, "for the exponential function write exp(-x)" },
        { "diff(x^2, 2) == 2 * x", 1, 11, "the second argument of diff (the variable to differentiate by) must be a symbol, not 2" },
        { "x = y", 1, 3, "expected '==', found '='" },
        { "2x == y", 1, 2, "found 'x'" },
        { "cross_entropy([a, b], [y0]) == 0", 1, 23, "cross_entropy has 2 logits but 1 target" },
        { "sigmoid(x)\n  == softmax([x, 0], 2)", 2, 22, "softmax index 2 is out of range" },
        { "# a comment\n\n   exp(x) ==\n\t log(", 4, 7, "expected an expression, found end of input" },
        { "", 1, 1, "empty claim" },
        { "   # only a comment", 1, 1, "empty claim" },
        { "x == $", 1, 6, "unexpected character '$'" },
        { "for all n >= 1, i in 0..n-1: diff(sigmoid(x[i]), x[j]) == 0", 1, 52, "'j' in the index of 'x' is not an index variable: bind it with 'for all n >= 1, j in 0..n-1: …'" },
        { "for all n >= 1: logsumexp(z + c) == 0", 1, 27, "'z + c' holds none (a name is a vector where the claim writes it with a subscript" },
        { "for all n >= 1: sum(i in 0..n-1: 1) == n", 1, 40, "'n' is the length: it can only appear in a position" },
        { "for all n >= 1, i in 0..n: softmax(z, i) == 1", 1, 25, "the end of the range 'n' is past the end: the last entry is n - 1" },
        { "for all n >= 1: softmax(z, 5) == 1", 1, 14, "the index of softmax 5 needs n >= 6, but the claim starts at n >= 1" },
        { "x < y", 1, 3, "unexpected character '<'" },
        { "x == .5", 1, 6, "a number must start with a digit" },
        { "exp x == 1", 1, 1, "'exp' is a function: expected '('" },
        { "softmax(a, 0) == 1", 1, 9, "the first argument of softmax must be a vector" },
        { "[a, b] == 1", 1, 1, "a vector [...] can only be an argument" },
        { "softmax([], 0) == 1", 1, 9, "softmax needs at least one logit" },
        { "delta(x, 1) == 0", 1, 7, "the first argument of delta must be an integer, but 'x' is a symbol" },
        { "rational(x, 2) == 1", 1, 10, "rational takes integer literals" },
        { "rational(1, 0) == 1", 1, 13, "the denominator of rational must not be 0" },
        { "rational() == 1", 1, 10, "rational takes 1 or 2 arguments" },
        { "x^99999999999 == 1", 1, 3, "the exponent 99999999999 is too large" },
        { "x == 1e5000", 1, 6, "the exponent of a number must lie in" },
        { "for i in 0..3 x[i] == 0", 1, 15, "expected ':' after the index ranges of 'for'" },
        { "for i in 3..0: x[i] == 0", 1, 10, "the range 3..0 of 'i' is empty" },
        { "for i in 0..1, i in 0..1: x[i] == 0", 1, 16, "index variable 'i' is bound twice" },
        { "for i in 0..1: z[i - 1] == 0", 1, 18, "a subscript of 'z' must not be negative (it is i - 1 = -1)" },
        { "for i in 0..2: softmax([a, b], i) == 0", 1, 32, "softmax index i = 2 is out of range" },
        { "for exp in 0..1: x == 0", 1, 5, "'exp' is reserved" },
        { "for all x: x == x", 1, 5, "'for all' starts a claim about every length n" },
        { "x == y for all x", 1, 8, "'for all' belongs to a solve claim" },
        { "sigmoid(z[0..3]) == 0", 1, 9, "stands for several symbols" },
        { "sum(k in 0..3 z[k]) == 0", 1, 15, "expected ':' after the range of 'sum'" },
        { "sum() == 0", 1, 5, "expected an index variable, as in 'sum(k in a..b: e)'" },
        { "sum(k in 0..5000: z[k]) == 0", 1, 10, "has more than 1000 values" },
        { "solve w: sigmoid(x) == x", 1, 7, "'w' does not occur in the equation" },
        { "solve w, w: w == x", 1, 10, "'w' is listed twice" },
        { "solve w: w == x for all w", 1, 25, "cannot be both an unknown and a 'for all' variable" },
        { "solve w: w == x where w = 1", 1, 23, "cannot substitute 'w': it is an unknown of 'solve'" },
        { "for i in 0..1: solve w: w == i", 1, 16, "'solve' cannot be inside 'for'" },
        { "a == b where c = 1", 1, 14, "'c' does not occur in the claim" },
        { "a == b where a = b, b = 1", 1, 18, "'b' is itself substituted" },
        { "a == b where a = 1 where b = 2", 1, 20, "a second 'where'" },
        { "diff(f, x) == 0 where x = 2", 1, 23, "cannot substitute 'x': it is the variable of a diff" },
        { "diff(f, x) == 0 where f = x^2", 1, 23, "its replacement depends on x" },
        { "x == y \\ z", 1, 8, "'\\' is only allowed at the end of a line" },
        { "((((x)))", 1, 9, "expected ')' to close the '(' at 1:1, found end of input" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void MalformedClaimGivesItsPositionAndAMessage(string text, int line, int column, string fragment)
    {
        var error = ParseFailure(text);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void DeepNestingIsAnErrorNotAStackOverflow()
    {
        var deep = new string('(', 100_000) + "x" + new string(')', 100_000) + " == x";
        var error = ParseFailure(deep);
        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);

        var signs = new string('-', 100_000) + "x == x";
        Assert.Contains("nested too deeply", ParseFailure(signs).Message, StringComparison.Ordinal);

        var powers = "x" + string.Concat(Enumerable.Repeat("^2", 100_000)) + " == x";
        Assert.Contains("nested too deeply", ParseFailure(powers).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongChainsAndHugeExpansionsAreErrorsNotCrashes()
    {
        var chain = string.Join(" + ", Enumerable.Repeat("x", 2_500)) + " == x";
        Assert.Contains("expression too long", ParseFailure(chain).Message, StringComparison.Ordinal);

        var expansion = "sum(i in 0..999: sum(j in 0..999: x)) == 0";
        Assert.Contains("more than 500000 expression nodes", ParseFailure(expansion).Message, StringComparison.Ordinal);

        // The family total bounds time (instances are streamed); a small bound keeps the test quick.
        var wideFamily = "for i, k in 0..99: sum(j in 0..999: x) == 0";
        var small = new EngineLimits(MaxFamilyNodes: 1_000_000);
        Assert.Contains("family expands to more than 1000000 expression nodes", ClaimParser.Parse(wideFamily, small).Error!.Message, StringComparison.Ordinal);

        var family = "for i, j, k in 0..99: x == x";
        Assert.Contains("more than 20000 instances", ParseFailure(family).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTallestAcceptedClaimsStillPrintParseBackAndCompare()
    {
        // 95 nested negations around a 1000-term sum: within every limit, and printing it must give
        // text within every limit too.
        var text = string.Concat(Enumerable.Repeat("-(", 95)) + "sum(k in 0..999: z[k] * exp(z[k]))" + new string(')', 95) + " == 0";
        var claim = ClaimParser.Parse(text);
        Assert.True(claim.IsSuccess, claim.Error?.ToString());

        var back = ClaimParser.Parse(Verification.Symbolic.Printing.PlainTextPrinter.Print(claim.Value));
        Assert.True(back.IsSuccess, back.Error?.ToString());
        Assert.True(claim.Value == back.Value);
        Assert.StartsWith("-(-(", Verification.Symbolic.Printing.LatexPrinter.Print(claim.Value).Replace("\\left(", "(", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ParseErrorPrintsAsLineColonColumn() =>
        Assert.Equal("2:5: expected '=='", new ParseError(2, 5, "expected '=='").ToString());
}
