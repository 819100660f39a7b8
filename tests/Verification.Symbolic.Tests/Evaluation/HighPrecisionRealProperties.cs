using Fractions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Symbolic.Evaluation;
using static Verification.Symbolic.Tests.Evaluation.HighPrecisionAssert;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>Algebraic laws of the high-precision type against exact rational arithmetic.</summary>
public class HighPrecisionRealProperties
{
    private static readonly int Bits = HighPrecisionReal.DefaultPrecisionBits;

    // Exactly representable at the default precision: n·2^k with |n| < 2^60.
    public static Arbitrary<Fraction> Rationals() =>
        (from high in Gen.Choose(-(1 << 30), 1 << 30)
         from low in Gen.Choose(0, (1 << 30) - 1)
         from k in Gen.Choose(-80, 40)
         select new Fraction(((long)high << 30) + low) * Fraction.Pow(new Fraction(2), k)).ToArbitrary();

    private static HighPrecisionReal R(Fraction value) => HighPrecisionReal.FromFraction(value, Bits);

    private static HighPrecisionReal One => HighPrecisionReal.One(Bits);

    [Property(Arbitrary = [typeof(HighPrecisionRealProperties)], MaxTest = 300, Replay = "(20240601,13)")]
    public bool ArithmeticIsCorrectlyRounded(Fraction a, Fraction b) =>
        R(a + b) == R(a) + R(b)
        && R(a - b) == R(a) - R(b)
        && R(a * b) == R(a) * R(b)
        && (b.IsZero || R(a / b) == R(a) / R(b))
        && R(a).CompareTo(R(b)) == a.CompareTo(b);

    // e^x·e^y = e^(x+y) up to the conditioning of exp: rounding x + y costs (|x| + |y|)·2^−Bits.
    [Property(Arbitrary = [typeof(HighPrecisionRealProperties)], MaxTest = 200, Replay = "(20240602,15)")]
    public bool ExpTurnsSumsIntoProducts(Fraction a, Fraction b)
    {
        var x = R(a) / R(1L << 50);
        var y = R(b) / R(1L << 50);
        var expected = HighPrecisionReal.Exp(x) * HighPrecisionReal.Exp(y);
        var scale = expected * (One + HighPrecisionReal.Abs(x) + HighPrecisionReal.Abs(y));
        return ErrorAtMost(8, Bits, scale, expected, HighPrecisionReal.Exp(x + y));
    }

    // log(e^x) = x to within 2^−Bits·(1 + |x|): e^x is rounded relatively, which log turns into an absolute error.
    [Property(Arbitrary = [typeof(HighPrecisionRealProperties)], MaxTest = 200, Replay = "(20240603,17)")]
    public bool LogAndExpAreInverse(Fraction a)
    {
        var x = R(a) / R(1L << 50);
        var positive = HighPrecisionReal.Abs(R(a)) + R(new Fraction(1, 1_000_000));
        return ErrorAtMost(8, Bits, One + HighPrecisionReal.Abs(x), x, HighPrecisionReal.Log(HighPrecisionReal.Exp(x)))
            && ErrorAtMost(8, Bits, positive * (One + HighPrecisionReal.Abs(HighPrecisionReal.Log(positive))), positive, HighPrecisionReal.Exp(HighPrecisionReal.Log(positive)));
    }

    // The reference is the hardware's correctly rounded long → double conversion, scaled exactly by 2^k.
    // (Fraction's own double conversion goes through BigInteger → double, which truncates.)
    [Property(MaxTest = 200, Replay = "(20240604,19)")]
    public Property DoublesAreCorrectlyRounded() => Prop.ForAll(
        (from high in Gen.Choose(-(1 << 30), 1 << 30)
         from low in Gen.Choose(0, (1 << 30) - 1)
         from k in Gen.Choose(-60, 60)
         select (N: ((long)high << 30) + low, K: k)).ToArbitrary(),
        dyadic =>
        {
            var expected = Math.ScaleB(dyadic.N, dyadic.K);
            var exact = new Fraction(dyadic.N) * Fraction.Pow(new Fraction(2), dyadic.K);
            return R(exact).ToDouble().Equals(expected) && R(new Fraction(expected)).ToDouble().Equals(expected);
        });
}
