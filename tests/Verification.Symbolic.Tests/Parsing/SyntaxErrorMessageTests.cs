using Verification.Symbolic.Parsing;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>
/// Syntax errors word for word (the grammar of claim-language.md): what was expected, what was
/// found, and the 1-based column of the token found, counted by hand in each text.
/// </summary>
public class SyntaxErrorMessageTests
{
    public static TheoryData<string, int, string> Claims => new()
    {
        { "a == b ]", 8, "unmatched ']': expected an operator, 'where' or end of input" },
        { "solve w: w == x y", 17, "expected an operator, 'for all', 'where' or end of input, found 'y'" },
        { "softmax([a, b) == 1", 14, "unmatched ')': expected ',' or ']' to close the '[' at 1:9" },
        { "(a] == b", 3, "unmatched ']': expected ')' to close the '(' at 1:1" },
        { "a + ) == b", 5, "expected an expression, found ')'" },
        { "a + == b", 5, "expected an expression, found '=='" },
        { "x == ", 5, "expected an expression, found end of input" },
        { "a == b + for", 10, "expected an expression, found the keyword 'for'" },
        { "a + b c", 7, "expected an operator or '==', found 'c'" },
        { "a + b 3", 7, "expected an operator or '==', found number 3" },
        { "a == b where c", 15, "expected '=' after the symbol to substitute, as in 'where y2 = 1 - y0 - y1', found end of input" },
        { "a == b where 1 = 2", 14, "expected a symbol to substitute after 'where', found number 1" },
        { "a == b where exp = 2", 14, "expected a symbol to substitute after 'where', found 'exp', which is reserved" },
        { "for 1 in 0..1: x == x", 5, "expected an index variable, as in 'for i in a..b:', found number 1" },
        { "for i 0..1: x == x", 7, "expected ',', 'in' or '=' after the index variable, as in 'for i in a..b:', found number 0" },
        { "for i in 0 1: x == x", 12, "expected '..' in the range 'a..b', found number 1" },
        { "for i, i in 0..1: x == x", 8, "index variable 'i' is bound twice" },
        { "sum(k, k in 0..1: x) == 0", 8, "index variable 'k' is bound twice" },
        { "sum(1 in 0..1: x) == 0", 5, "expected an index variable, as in 'sum(k in a..b: e)', found number 1" },
        { "prod(k in 0..1 x) == 0", 16, "expected ':' after the range of 'prod', as in prod(k in a..b: e), found 'x'" },
        { "sum(k in 0..1: x == 0", 18, "expected ')' to close the '(' at 1:4, found '=='" },
        { "for all n >= 1 x == x", 16, "expected ':' after the length and the index ranges, as in 'for all n >= 1, i in 0..n-1: L == R', found 'x'" },
        { "for all exp >= 1: x == x", 9, "'exp' is reserved and cannot name the length (as in 'for all n >= 1, i in 0..n-1: L == R')" },
        { "for all n >= 1, exp in 0..n-1: x == x", 17, "'exp' is reserved and cannot name an index variable (as in 'for all n >= 1, i in 0..n-1: L == R')" },
        { "for all n >= 1: for i in 0..1: x == x", 17, "a 'for all n' claim holds one identity 'L == R': list every index variable after 'for all n >= 1,'" },
        { "for all n >= 1: solve w: w == x", 17, "a 'for all n' claim holds one identity 'L == R': list every index variable after 'for all n >= 1,'" },
        { "for all n >= 1: x == x where y = 1", 32, "in a 'for all n' claim, 'where' states hypotheses with '==', as in 'where sum(k in 0..n-1: y[k]) == 1'" },
        { "for all n >= 1: x == x where y", 31, "expected '==' in the hypothesis 'where L == R', found end of input" },
        { "for all n 1: x == x", 5, "'for all' starts a claim about every length n, as in 'for all n >= 1, i in 0..n-1: L == R', or ends a solve claim ('solve u: L == R for all x'); an index family is written 'for i in 0..3: L == R'" },
        { "for all 1 >= 1: x == x", 5, "'for all' starts a claim about every length n, as in 'for all n >= 1, i in 0..n-1: L == R', or ends a solve claim ('solve u: L == R for all x'); an index family is written 'for i in 0..3: L == R'" },
        { "rational(1, 2, 3) == 0", 16, "rational takes 1 or 2 arguments, as in rational(n) or rational(n, d), but 3 were given" },
        { "exp() == 0", 5, "exp takes 1 argument, as in exp(e), but 0 were given" },
        { "diff(x) == 0", 7, "diff takes 2 arguments, as in diff(e, x), but 1 was given" },
        { "focal(z, y) == 0", 11, "focal takes 3 arguments, as in focal(z, y, gamma) with an integer gamma >= 0, but 2 were given" },
        { "softmax([a], 0, 1) == 0", 17, "softmax takes 2 arguments, as in softmax([z0, z1, ...], i) or softmax([z0, z1, ...], i, temperature: T), but 3 were given" },
        { "softmax(temperature: 2) == 0", 23, "softmax takes 2 arguments, as in softmax([z0, z1, ...], i) or softmax([z0, z1, ...], i, temperature: T), but 0 were given" },
        { "x[0 == 0", 5, "expected ',' or ']' to close the '[' at 1:2, found '=='" },
        { "cross_entropy([a], [y], smoothing: 1, smoothing: 2) == 0", 39, "the named argument 'smoothing:' is given twice" },
        { "cross_entropy([a], [y], temperature: 1) == 0", 25, "unknown named argument 'temperature:' (the named arguments of cross_entropy are 'smoothing:', as in cross_entropy([z0, ...], [y0, ...]) or cross_entropy([z0, ...], [y0, ...], smoothing: eps))" },
        { "bce(z, y, smoothing: 1) == 0", 11, "unknown named argument 'smoothing:' (bce takes no named arguments, as in bce(z, y))" },
        { "x == y for all x", 8, "'for all' belongs to a solve claim; in an identity every symbol is already universally quantified" },
        { "a == b where a = 1 where b = 2", 20, "a second 'where': separate several substitutions with commas, 'where a = 1, b = 2'" },
        { "\n  ", 1, "empty claim: expected 'Left == Right'" },
    };

    [Theory]
    [MemberData(nameof(Claims))]
    public void ASyntaxErrorSaysWhatWasExpectedAndWhere(string text, int column, string message)
    {
        var error = ParseFailure(text);
        Assert.Equal((column, message), (error.Column, error.Message));
    }

    public static TheoryData<string, int, string> Expressions => new()
    {
        { "x == y", 3, "unexpected '==': an expression has no '==' (parse it as a claim instead)" },
        { "x y", 3, "expected an operator or end of input, found 'y'" },
        { "x)", 2, "unmatched ')': expected an operator or end of input" },
        { "x]", 2, "unmatched ']': expected an operator or end of input" },
        { "", 1, "expected an expression, found end of input" },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void AnExpressionErrorSaysWhatWasExpectedAndWhere(string text, int column, string message)
    {
        var error = ClaimParser.ParseExpression(text).Error!;
        Assert.Equal((1, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void AParseResultIsEitherAValueOrAnError()
    {
        var success = ClaimParser.Parse("x == y");
        Assert.StartsWith("Success(", success.ToString(), StringComparison.Ordinal);
        Assert.Same(success.Value, success.GetValueOrThrow());
        Assert.Null(success.Error);

        var failure = ClaimParser.Parse("x = y");
        Assert.Null(failure.Value);
        Assert.Equal("Failure(1:3: expected '==', found '=': a claim is written 'Left == Right')", failure.ToString());
        var thrown = Assert.Throws<InvalidOperationException>(() => failure.GetValueOrThrow());
        Assert.Equal("parse error at 1:3: expected '==', found '=': a claim is written 'Left == Right'", thrown.Message);

        Assert.Throws<ArgumentNullException>(() => ParseResult.Success<string>(null!));
        Assert.Throws<ArgumentNullException>(() => ParseResult.Failure<string>(null!));
        Assert.Throws<ArgumentNullException>(() => ClaimParser.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => ClaimParser.ParseExpression(null!));
        Assert.Throws<ArgumentNullException>(() => ClaimParser.ParseFile(null!));
    }
}
