using System.Numerics;
using Fractions;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>Short names for building expected trees by hand, and for parsing in tests.</summary>
internal static class Build
{
    public static Symbol S(string name) => new(name);

    public static Constant C(int value) => new(new Fraction(value));

    public static Constant Q(BigInteger numerator, BigInteger denominator) => new(new Fraction(numerator, denominator, normalize: true));

    public static ExprList L(params Expr[] items) => new(items);

    public static ExprList Symbols(string prefix, int from, int to) =>
        new(Enumerable.Range(from, to - from + 1).Select(i => (Expr)new Symbol(prefix + i)));

    public static Expr Neg(Expr e) => new Negate(e);

    public static Expr Pow(Expr b, int n) => new Power(b, n);

    public static IdentityClaim Eq(Expr left, Expr right) => new(left, right);

    public static Claim ParseClaim(string text)
    {
        var result = ClaimParser.Parse(text);
        Assert.True(result.IsSuccess, $"'{text}' failed: {result.Error}");
        return result.Value!;
    }

    public static Expr ParseExpr(string text)
    {
        var result = ClaimParser.ParseExpression(text);
        Assert.True(result.IsSuccess, $"'{text}' failed: {result.Error}");
        return result.Value!;
    }

    public static ParseError ParseFailure(string text)
    {
        var result = ClaimParser.Parse(text);
        Assert.False(result.IsSuccess, $"'{text}' parsed, to {result.Value}");
        return result.Error!;
    }

    /// <summary>A one-line claim fails at that column of line 1 with exactly that message.</summary>
    public static void AssertError(string text, int column, string message)
    {
        var error = ParseFailure(text);
        Assert.Equal((1, column, message), (error.Line, error.Column, error.Message));
    }
}
