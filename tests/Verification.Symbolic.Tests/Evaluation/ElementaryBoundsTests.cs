using System.Numerics;
using Fractions;
using Verification.Symbolic.Evaluation;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// The fixed-point pieces every certified enclosure of e^x and ln x rests on, held to exact rational references:
/// each series bound must bracket the true value (a partial sum plus or minus a proved tail bound), and integer
/// square roots and shifts must round exactly as named. Through the public functions a bound a few units of 2^−G
/// on the wrong side hides behind the 32 guard bits and the final outward rounding, so the mutation slice over
/// ElementaryBounds.cs found these pieces unguarded (a lower series bound of S + R instead of S − R survived).
/// </summary>
public class ElementaryBoundsTests
{
    private const int Seed = 20261207;

    public static TheoryData<int> FractionBits => [64, 128, 200];

    [Theory]
    [MemberData(nameof(FractionBits))]
    public void ExpSeriesBracketsTheExponential(int fractionBits)
    {
        // ExpSeries takes |t| ≤ 1/2, t = T/2^G.
        foreach (var argument in Arguments(fractionBits - 1))
        {
            var (lower, upper) = ElementaryBounds.ExpSeries(argument, fractionBits);
            var (below, above) = ExpReference(new Fraction(argument, BigInteger.One << fractionBits, normalize: true), fractionBits);
            AssertBrackets(lower, upper, below, above, fractionBits, $"e^({argument}/2^{fractionBits})");
        }
    }

    [Theory]
    [MemberData(nameof(FractionBits))]
    public void AtanhSeriesBracketsTheInverseHyperbolicTangent(int fractionBits)
    {
        // AtanhSeries takes |t| < 1/4.
        foreach (var argument in Arguments(fractionBits - 2).Where(t => BigInteger.Abs(t) << 2 < BigInteger.One << fractionBits))
        {
            var (lower, upper) = ElementaryBounds.AtanhSeries(argument, fractionBits);
            var (below, above) = AtanhReference(new Fraction(argument, BigInteger.One << fractionBits, normalize: true), fractionBits);
            AssertBrackets(lower, upper, below, above, fractionBits, $"atanh({argument}/2^{fractionBits})");
        }
    }

    [Fact]
    public void AtanhSeriesRefusesArgumentsOutsideItsRadius()
    {
        var quarter = BigInteger.One << 62;
        Assert.Throws<InvalidOperationException>(() => ElementaryBounds.AtanhSeries(quarter, 64));
        Assert.Throws<InvalidOperationException>(() => ElementaryBounds.AtanhSeries(-quarter, 64));
    }

    [Theory]
    [MemberData(nameof(FractionBits))]
    public void Ln2IsBracketedComputedAfreshOrCutFromTheCache(int fractionBits)
    {
        var (below, above) = Ln2Reference(fractionBits);
        var (lower, upper) = ElementaryBounds.ComputeLn2(fractionBits);
        AssertBrackets(lower, upper, below, above, fractionBits, "ln 2 computed afresh");
        (lower, upper) = ElementaryBounds.Ln2(fractionBits);
        AssertBrackets(lower, upper, below, above, fractionBits, "ln 2 cut from the cache");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-5)]
    [InlineData(7)]
    [InlineData(1000)]
    public void LogOfAPowerOfTwoEnclosesAMultipleOfLn2(int power)
    {
        // x = 2^k reduces to y = 1, u = 0: the atanh series contributes only its error term, ln x = k·ln 2 exactly,
        // and for k = 0 the true value is the rational 0, which a lower bound of S + R would exceed.
        const int precision = 120;
        var x = HighPrecisionReal.ScaleByPowerOfTwo(HighPrecisionReal.One(precision), power);
        var (below, above) = Ln2Reference(precision + 64);
        var (low, high) = power >= 0 ? (power * below, power * above) : (power * above, power * below);

        var down = ToFraction(ElementaryBounds.Log(x, precision, RoundingDirection.Down));
        var up = ToFraction(ElementaryBounds.Log(x, precision, RoundingDirection.Up));

        Assert.True(down <= low, $"ln 2^{power}: lower bound {down.ToDouble():R} exceeds {low.ToDouble():R}");
        Assert.True(up >= high, $"ln 2^{power}: upper bound {up.ToDouble():R} is below {high.ToDouble():R}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void LogRefusesArgumentsThatAreNotPositiveNamingThem(long value)
    {
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ElementaryBounds.Log(HighPrecisionReal.FromInteger(value, 64), 64, RoundingDirection.Down));
        Assert.Equal("x", failure.ParamName);
        Assert.Contains("only for positive numbers", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IntegerSquareRootsAreExactFloorsAndCeilings()
    {
        BigInteger large = (BigInteger.One << 100) + 3;
        BigInteger[] special =
        [
            .. Enumerable.Range(0, 41).Select(static n => (BigInteger)n),
            3_037_000_499L * 3_037_000_499L, (3_037_000_499L * 3_037_000_499L) - 1, long.MaxValue - 1L, long.MaxValue,
            (BigInteger)long.MaxValue + 1, (BigInteger)3_037_000_500L * 3_037_000_500L, BigInteger.One << 64,
            (BigInteger.One << 126) - 1, large * large, (large * large) - 1, (large * large) + 1,
        ];
        var random = new Random(Seed);
        foreach (var n in special.Concat(Enumerable.Range(0, 60).Select(_ => RandomInteger(random, random.Next(1, 300)))))
        {
            var floor = ElementaryBounds.FloorSquareRoot(n);
            Assert.True(floor.Sign >= 0 && floor * floor <= n && (floor + 1) * (floor + 1) > n, $"⌊√{n}⌋ = {floor}");

            var ceiling = ElementaryBounds.CeilingSquareRoot(n);
            Assert.True(ceiling * ceiling >= n && (n.IsZero || (ceiling - 1) * (ceiling - 1) < n), $"⌈√{n}⌉ = {ceiling}");
        }
    }

    [Fact]
    public void ShiftsRoundAsTheirNamesSay()
    {
        var random = new Random(Seed);
        BigInteger[] values =
        [
            0, 1, -1, 5, -5, 6, -6, (BigInteger.One << 70) + 3, -((BigInteger.One << 70) + 3),
            .. Enumerable.Range(0, 20).Select(_ => RandomInteger(random, random.Next(1, 200)) * (random.Next(2) == 0 ? 1 : -1)),
        ];
        foreach (var value in values)
        {
            for (var shift = -3; shift <= 75; shift++)
            {
                var exact = shift <= 0 ? new Fraction(value << -shift) : new Fraction(value, BigInteger.One << shift, normalize: true);
                var floor = Floor(exact);
                var ceiling = -Floor(-exact);
                var truncated = value.Sign < 0 ? ceiling : floor;
                Assert.Equal(floor, ElementaryBounds.FloorShiftRight(value, shift));
                Assert.Equal(ceiling, ElementaryBounds.CeilingShiftRight(value, shift));
                Assert.Equal(truncated, ElementaryBounds.TruncateShiftRight(value, shift));
            }
        }
    }

    // L ≤ below·2^G and U ≥ above·2^G, where [below, above] holds the true value; and the width is the proved
    // 2R = 2(4N + 4) for at most G + 1 terms, so a bound cannot pass by being vacuous.
    private static void AssertBrackets(BigInteger lower, BigInteger upper, Fraction below, Fraction above, int fractionBits, string what)
    {
        var unit = new Fraction(BigInteger.One << fractionBits);
        Assert.True(new Fraction(lower) <= below * unit, $"{what}: lower bound {lower} exceeds the true value ×2^{fractionBits} ≥ {(below * unit).ToDouble():R}");
        Assert.True(new Fraction(upper) >= above * unit, $"{what}: upper bound {upper} is below the true value ×2^{fractionBits} ≤ {(above * unit).ToDouble():R}");
        Assert.True(upper - lower <= (8 * (fractionBits + 1)) + 8, $"{what}: width {upper - lower} units");
    }

    // e^t = Σ t^k/k!; once |t^(N+1)/(N+1)!| = m, the tail is at most m·Σ (1/2)^j = 2m for |t| ≤ 1/2.
    private static (Fraction Below, Fraction Above) ExpReference(Fraction t, int fractionBits)
    {
        var small = new Fraction(BigInteger.One, BigInteger.One << (fractionBits + 20), normalize: true);
        var term = Fraction.One;
        var sum = Fraction.Zero;
        for (var k = 1; ; k++)
        {
            sum += term;
            term = term * t / k;
            if (term.Abs() < small)
            {
                var tail = 2 * term.Abs();
                return (sum - tail, sum + tail);
            }
        }
    }

    // atanh t = Σ t^(2k+1)/(2k+1); once |t^(2N+3)| = m, the tail is at most m/(1 − t²) ≤ 2m for |t| < 1/2.
    private static (Fraction Below, Fraction Above) AtanhReference(Fraction t, int fractionBits)
    {
        var small = new Fraction(BigInteger.One, BigInteger.One << (fractionBits + 20), normalize: true);
        var square = t * t;
        var power = t;
        var sum = Fraction.Zero;
        for (var denominator = 1; ; denominator += 2)
        {
            sum += power / denominator;
            power *= square;
            if (power.Abs() < small)
            {
                var tail = 2 * power.Abs();
                return (sum - tail, sum + tail);
            }
        }
    }

    // ln 2 = 2·atanh(1/3).
    private static (Fraction Below, Fraction Above) Ln2Reference(int fractionBits)
    {
        var (below, above) = AtanhReference(new Fraction(1, 3), fractionBits + 1);
        return (2 * below, 2 * above);
    }

    private static IEnumerable<BigInteger> Arguments(int magnitudeBits)
    {
        var largest = BigInteger.One << magnitudeBits;
        var random = new Random(Seed + magnitudeBits);
        BigInteger[] fixedArguments = [0, 1, -1, largest, -largest, largest - 1, -(largest - 1), largest / 3, -(largest / 7)];
        return fixedArguments.Concat(Enumerable.Range(0, 12).Select(_ =>
            (RandomInteger(random, random.Next(1, magnitudeBits)) % largest) * (random.Next(2) == 0 ? 1 : -1)));
    }

    private static BigInteger RandomInteger(Random random, int bits)
    {
        // 8(length − 1) > bits random bits, the top byte 0 so the value is non-negative; keep the top `bits`.
        var bytes = new byte[(bits / 8) + 2];
        random.NextBytes(bytes);
        bytes[^1] = 0;
        return new BigInteger(bytes) >> ((8 * (bytes.Length - 1)) - bits);
    }

    private static BigInteger Floor(Fraction value)
    {
        var quotient = BigInteger.DivRem(value.Numerator, value.Denominator, out var remainder);
        return remainder.Sign < 0 ? quotient - 1 : quotient;
    }

    private static Fraction ToFraction(HighPrecisionReal value) =>
        value.Exponent >= 0
            ? new Fraction(value.Mantissa << (int)value.Exponent)
            : new Fraction(value.Mantissa, BigInteger.One << (int)-value.Exponent, normalize: true);
}
