using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>
/// Index arithmetic (claim-language.md, "Index families"): exact, bounded to machine integers
/// (62 bits in between, an int at the end, |exponent| at most 64), with errors that name the role.
/// Values are worked out by hand; 2^62 = 4611686018427387904.
/// </summary>
public class IndexArithmeticTests
{
    private static IdentityClaim Only(string text) => Assert.IsType<ClaimFamily>(ParseClaim(text)).Instances.Single().Claim;

    [Fact]
    public void AnIndexIsAnIntIncludingItsExtremes()
    {
        Assert.Equal(new KroneckerDelta(int.MaxValue, 0), ParseExpr("delta(2147483647, 0)"));
        Assert.Equal(new KroneckerDelta(int.MinValue, 0), ParseExpr("delta(-2147483648, 0)"));
        AssertError("delta(2147483648, 0) == 0", 7, "the first argument of delta 2147483648 is too large");
        AssertError("delta(-2147483649, 0) == 0", 7, "the first argument of delta -2147483649 is too large");
    }

    [Fact]
    public void IntermediateValuesHaveAtMostSixtyTwoBits()
    {
        // 2^62 - 1 has 62 bits and is allowed on the way; 2^62 has 63.
        Assert.Equal(new KroneckerDelta(3, 3), ParseExpr("delta(4611686018427387903 - 4611686018427387900, 3)"));
        AssertError("delta(4611686018427387904 - 4611686018427387900, 3) == 0", 7, "the first argument of delta 4611686018427387904 is too large");

        // A denominator is bounded too: 1 / (2 * (2^62 - 1)) has a 63-bit denominator.
        AssertError("delta(1 / 4611686018427387903 / 2, 0) == 0", 7, "the first argument of delta 1 / 4611686018427387903 / 2 is too large");
    }

    [Fact]
    public void PowersHaveIntegerExponentsOfAtMostSixtyFour()
    {
        // 1^k has one bit whatever k: only the exponent bound applies.
        Assert.Equal(new KroneckerDelta(1, 1), ParseExpr("delta(1^64, 1)"));
        Assert.Equal(new KroneckerDelta(1, 1), ParseExpr("delta(1^-64, 1)"));
        AssertError("delta(1^65, 1) == 0", 9, "in the first argument of delta, the exponent 65 must be an integer in -64..64");
        AssertError("delta(1^-65, 1) == 0", 9, "in the first argument of delta, the exponent -65 must be an integer in -64..64");
        AssertError("delta(4^(1/2), 2) == 0", 10, "in the first argument of delta, the exponent 1/2 must be an integer in -64..64");
    }

    [Fact]
    public void APowerMayUseAboutSixtyThreeBits()
    {
        // 4 has 3 bits: 4^21 = 2^42 (3 * 21 = 63 bits allowed), 4^22 (66) is refused before it is computed.
        Assert.Equal(new KroneckerDelta(4, 4), ParseExpr("delta(4^21 / 4^20, 4)"));
        AssertError("delta(4^22 / 4^21, 4) == 0", 7, "the first argument of delta 4^22 is too large");

        // A fraction counts the bits of its larger part: 1/4 has 3, so (1/4)^22 (66 bits) is refused.
        var quarter = ParseFailure("delta((1/4)^22, 0) == 0");
        Assert.Equal((1, 8), (quarter.Line, quarter.Column));
        Assert.EndsWith("is too large", quarter.Message, StringComparison.Ordinal);

        // A negative exponent gives a fraction: 2^-3 is 1/8.
        Assert.Equal(new KroneckerDelta(1, 1), ParseExpr("delta(2^-3 * 8, 1)"));
    }

    [Fact]
    public void ZeroToANegativePowerIsADivisionByZero()
    {
        Assert.Equal(new KroneckerDelta(1, 1), ParseExpr("delta(0^0, 1)"));
        Assert.Equal(new KroneckerDelta(0, 0), ParseExpr("delta(0^1, 0)"));
        AssertError("delta(0^-1, 1) == 0", 8, "division by zero in the first argument of delta");
        AssertError("z[1/0] == 0", 4, "division by zero in a subscript of 'z'");
    }

    [Fact]
    public void ArithmeticIsExactAndSignedAndEndsInAnInteger()
    {
        // Outside a position, index arithmetic stays as written: +(i - 3) is 5 - 3, not 2.
        Assert.Equal(Eq(S("z3"), new Subtract(C(5), C(3))), Only("for i in 5..5: z[(i + 1) / 2] == +(i - 3)"));
        Assert.Equal(Eq(S("z4"), S("z1")), Only("for i in 2..2: z[i * i] == z[i - 1]"));
        Assert.Equal(Eq(Pow(S("x"), -2), Neg(C(2))), Only("for i in 2..2: x^-i == -i"));
        AssertError("z[1/2] == 0", 3, "a subscript of 'z' must be an integer, not 1/2");
        AssertError("z[x] == 0", 3, "a subscript of 'z' must be an integer, but 'x' is a symbol (only integer literals and the index variables of an enclosing 'for', 'sum' or 'prod' may appear there)");
        AssertError("z[0.5] == 0", 3, "a subscript of 'z' must be an integer, not 0.5");
        Assert.Equal(Eq(S("z1"), C(0)), ParseClaim("z[0.5 * 2] == 0"));
    }

    [Fact]
    public void ARangeAndAValueNameTheirRoleInErrors()
    {
        AssertError("for i = y: x == x", 9, "the value of 'i' must be an integer, but 'y' is a symbol (only integer literals and the index variables of an enclosing 'for', 'sum' or 'prod' may appear there)");
        AssertError("for i in y..2: x == x", 10, "the start of a range must be an integer, but 'y' is a symbol (only integer literals and the index variables of an enclosing 'for', 'sum' or 'prod' may appear there)");
        AssertError("for i in 0..y: x == x", 13, "the end of a range must be an integer, but 'y' is a symbol (only integer literals and the index variables of an enclosing 'for', 'sum' or 'prod' may appear there)");
        AssertError("for i in 0..1, j in i..0: x == x", 21, "the range 1..0 of 'j' is empty");
    }

    [Fact]
    public void AFixedValueAndALaterRangeUseEarlierVariables()
    {
        var family = Assert.IsType<ClaimFamily>(ParseClaim("for i = 2, j = i + 1: x[i, j] == x[j][i]"));
        Assert.Equal(Eq(S("x23"), S("x32")), family.Instances.Single().Claim);
        Assert.Equal([2, 3], family.Instances[0].Indices.Values);
    }

    [Fact]
    public void AnIndexVariableCannotBeBoundAgainInside()
    {
        AssertError("for i in 0..1: for i in 0..1: x == x", 20, "index variable 'i' is already bound by an enclosing 'for' or 'sum'");
        AssertError("sum(i in 0..1: sum(i in 0..1: x)) == 0", 20, "index variable 'i' is already bound by an enclosing 'for' or 'sum'");
        AssertError("for i in 0..0: sum(i in 0..1: x) == 0", 20, "index variable 'i' is already bound by an enclosing 'for' or 'sum'");
    }

    [Fact]
    public void AnIndexVariableIsANumberOutsidePositions()
    {
        Assert.Equal(Eq(new Multiply(C(3), S("x")), new Multiply(C(3), S("x"))), Only("for i in 3..3: i * x == 3 * x"));
        Assert.Equal(new Add(new Add(C(0), C(1)), C(2)), ParseExpr("sum(k in 0..2: k)"));
        Assert.Equal(new Multiply(new Multiply(C(1), C(2)), C(3)), ParseExpr("prod(k in 1..3: k)"));
    }
}
