using Fractions;

namespace Verification.Symbolic.Evaluation;

/// <summary>
/// A closed interval [<see cref="Lower"/>, <see cref="Upper"/>] of binary numbers that contains a real
/// value: what is certain about it is the containment, and its width says how much is known.
/// </summary>
/// <remarks>
/// <para><b>Guarantee.</b> Every operation returns an enclosure of every value the exact operation
/// takes on operands inside its operand enclosures (the inclusion property of interval arithmetic),
/// so by induction the enclosure of an expression built from them contains the expression's exact
/// value. Lower bounds are rounded toward −∞ and upper bounds toward +∞ at the operands' precision
/// (<see cref="HighPrecisionReal.Add(HighPrecisionReal, HighPrecisionReal, int, RoundingDirection)"/> and
/// its siblings), and e^x, ln x come from <see cref="ElementaryBounds"/>, whose bounds carry a proved
/// error term; exp and log are increasing, so their enclosures are the bounds at the endpoints.</para>
/// <para><b>Width.</b> For exact inputs only rounding widens an enclosure: about κ·N·2^−p relative for
/// N operations at p bits and condition number κ, so more precision makes it as narrow as wanted,
/// except where a value cancels (f − f): there the width stays about 2^−p times the largest
/// intermediate magnitude, and the enclosure honestly contains 0.</para>
/// </remarks>
public readonly record struct Enclosure
{
    /// <summary>The interval [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    /// <exception cref="ArgumentException">When lower &gt; upper.</exception>
    public Enclosure(HighPrecisionReal lower, HighPrecisionReal upper)
    {
        if (lower > upper)
        {
            throw new ArgumentException($"An enclosure needs lower ≤ upper, not [{lower.ToString(20)}, {upper.ToString(20)}].", nameof(lower));
        }

        Lower = lower;
        Upper = upper;
    }

    /// <summary>A value ≤ the enclosed one.</summary>
    public HighPrecisionReal Lower { get; }

    /// <summary>A value ≥ the enclosed one.</summary>
    public HighPrecisionReal Upper { get; }

    /// <summary>The precision operations on this enclosure round to.</summary>
    public int PrecisionBits => Math.Max(Lower.PrecisionBits, Upper.PrecisionBits);

    /// <summary>True when the enclosure contains 0 (so it cannot be a divisor nor certify a sign).</summary>
    public bool ContainsZero => Lower.Sign <= 0 && Upper.Sign >= 0;

    /// <summary>An upper bound of Upper − Lower.</summary>
    public HighPrecisionReal Width => HighPrecisionReal.Subtract(Upper, Lower, 64, RoundingDirection.Up);

    /// <summary>The single point <paramref name="value"/>.</summary>
    public static Enclosure Exact(HighPrecisionReal value) => new(value, value);

    /// <summary>The rational <paramref name="value"/>, rounded outward to <paramref name="precisionBits"/> bits.</summary>
    public static Enclosure FromFraction(Fraction value, int precisionBits) =>
        new(HighPrecisionReal.FromFraction(value, precisionBits, RoundingDirection.Down),
            HighPrecisionReal.FromFraction(value, precisionBits, RoundingDirection.Up));

    /// <summary>True when <paramref name="value"/> lies in the enclosure.</summary>
    public bool Contains(HighPrecisionReal value) => Lower <= value && value <= Upper;

    /// <summary>True when no number lies in both enclosures, which proves the enclosed values differ.</summary>
    public bool IsDisjointFrom(Enclosure other) => Upper < other.Lower || other.Upper < Lower;

    public static Enclosure operator -(Enclosure x) => new(-x.Upper, -x.Lower);

    public static Enclosure operator +(Enclosure a, Enclosure b)
    {
        var precision = Precision(a, b);
        return new(HighPrecisionReal.Add(a.Lower, b.Lower, precision, RoundingDirection.Down),
            HighPrecisionReal.Add(a.Upper, b.Upper, precision, RoundingDirection.Up));
    }

    public static Enclosure operator -(Enclosure a, Enclosure b) => a + -b;

    // The product's extremes are among the four endpoint products, taken exactly and then rounded outward.
    public static Enclosure operator *(Enclosure a, Enclosure b)
    {
        var precision = Precision(a, b);
        HighPrecisionReal[] products =
        [
            HighPrecisionReal.Multiply(a.Lower, b.Lower, HighPrecisionReal.Exact, RoundingDirection.Down),
            HighPrecisionReal.Multiply(a.Lower, b.Upper, HighPrecisionReal.Exact, RoundingDirection.Down),
            HighPrecisionReal.Multiply(a.Upper, b.Lower, HighPrecisionReal.Exact, RoundingDirection.Down),
            HighPrecisionReal.Multiply(a.Upper, b.Upper, HighPrecisionReal.Exact, RoundingDirection.Down),
        ];
        return new(products.Min().WithPrecision(precision, RoundingDirection.Down), products.Max().WithPrecision(precision, RoundingDirection.Up));
    }

    /// <exception cref="DivideByZeroException">When the divisor's enclosure contains 0.</exception>
    public static Enclosure operator /(Enclosure a, Enclosure b)
    {
        if (b.ContainsZero)
        {
            throw new DivideByZeroException("The divisor's enclosure contains 0.");
        }

        if (b.Upper.Sign < 0)
        {
            return -a / -b;
        }

        // b > 0: a/b is least at a = Lower (b = Upper if Lower ≥ 0, else b = Lower) and greatest at
        // a = Upper (b = Lower if Upper ≥ 0, else b = Upper).
        var precision = Precision(a, b);
        var lower = HighPrecisionReal.Divide(a.Lower, a.Lower.Sign >= 0 ? b.Upper : b.Lower, precision, RoundingDirection.Down);
        var upper = HighPrecisionReal.Divide(a.Upper, a.Upper.Sign >= 0 ? b.Lower : b.Upper, precision, RoundingDirection.Up);
        return new(lower, upper);
    }

    /// <summary>x^n for an integer n.</summary>
    /// <exception cref="DivideByZeroException">When n &lt; 0 and the enclosure of x contains 0.</exception>
    public static Enclosure Pow(Enclosure x, int exponent)
    {
        var precision = x.PrecisionBits;
        if (exponent == 0)
        {
            return Exact(HighPrecisionReal.One(precision));
        }

        if (exponent < 0)
        {
            return Exact(HighPrecisionReal.One(precision)) / PowPositive(x, -(long)exponent, precision);
        }

        return PowPositive(x, exponent, precision);
    }

    /// <summary>e^x; exp is increasing, so the enclosure is [bound below e^Lower, bound above e^Upper].</summary>
    /// <exception cref="OverflowException">When Upper ≥ 2^52 (a value beyond every binary exponent in use).</exception>
    public static Enclosure Exp(Enclosure x)
    {
        var precision = x.PrecisionBits;
        return new(ElementaryBounds.Exp(x.Lower, precision, RoundingDirection.Down), ElementaryBounds.Exp(x.Upper, precision, RoundingDirection.Up));
    }

    /// <summary>ln x; log is increasing on (0, ∞).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When Lower ≤ 0 (the enclosure is not certainly positive).</exception>
    public static Enclosure Log(Enclosure x)
    {
        var precision = x.PrecisionBits;
        return new(ElementaryBounds.Log(x.Lower, precision, RoundingDirection.Down), ElementaryBounds.Log(x.Upper, precision, RoundingDirection.Up));
    }

    /// <summary>The enclosure with 20 digits at each end, rounded outward (see <see cref="ToString(int)"/>).</summary>
    public override string ToString() => ToString(20);

    /// <summary>
    /// "[lower, upper]" with each end rounded outward to <paramref name="significantDigits"/> digits, so
    /// the text is itself an enclosure; an end beyond 10^±30000 is written as the power of two that bounds it.
    /// </summary>
    public string ToString(int significantDigits) => $"[{LowerText(significantDigits)}, {UpperText(significantDigits)}]";

    /// <summary><see cref="Lower"/> rounded down to <paramref name="significantDigits"/> digits: a decimal lower bound.</summary>
    public string LowerText(int significantDigits) => Bound(Lower, significantDigits, RoundingDirection.Down);

    /// <summary><see cref="Upper"/> rounded up to <paramref name="significantDigits"/> digits: a decimal upper bound.</summary>
    public string UpperText(int significantDigits) => Bound(Upper, significantDigits, RoundingDirection.Up);

    /// <summary>True when both ends are 0 or within 10^±30000, so decimal text is cheap.</summary>
    internal bool HasDecimalMagnitude => IsModest(Lower) && IsModest(Upper);

    private static bool IsModest(HighPrecisionReal value) => value.IsZero || Math.Abs(value.FloorLog2) < 100_000;

    // A decimal bound, or for an extreme magnitude 2^(⌊log2|v|⌋ + 1) ≥ |v| ≥ 2^⌊log2|v|⌋ with the sign
    // and the direction choosing which (10^k itself would have a million digits).
    private static string Bound(HighPrecisionReal value, int significantDigits, RoundingDirection direction)
    {
        if (IsModest(value))
        {
            return value.ToString(significantDigits, direction);
        }

        var awayFromZero = (direction == RoundingDirection.Up) == (value.Sign > 0);
        var power = awayFromZero ? value.FloorLog2 + 1 : value.FloorLog2;
        return $"{(value.Sign < 0 ? "-" : string.Empty)}2^{power}";
    }

    private static int Precision(Enclosure a, Enclosure b) => Math.Max(a.PrecisionBits, b.PrecisionBits);

    // x^n for n > 0: monotone in |x|, so it is the power of an endpoint; for x straddling 0 an even
    // power's least value is 0 and an odd power spans the powers of both endpoints.
    private static Enclosure PowPositive(Enclosure x, long exponent, int precision)
    {
        var even = exponent % 2 == 0;
        if (x.Lower.Sign >= 0)
        {
            return new(PowerOfNonNegative(x.Lower, exponent, precision, RoundingDirection.Down), PowerOfNonNegative(x.Upper, exponent, precision, RoundingDirection.Up));
        }

        if (x.Upper.Sign <= 0)
        {
            var small = -x.Upper;
            var large = -x.Lower;
            return even
                ? new(PowerOfNonNegative(small, exponent, precision, RoundingDirection.Down), PowerOfNonNegative(large, exponent, precision, RoundingDirection.Up))
                : new(-PowerOfNonNegative(large, exponent, precision, RoundingDirection.Up), -PowerOfNonNegative(small, exponent, precision, RoundingDirection.Down));
        }

        var positive = PowerOfNonNegative(x.Upper, exponent, precision, RoundingDirection.Up);
        var negative = PowerOfNonNegative(-x.Lower, exponent, precision, RoundingDirection.Up);
        return even
            ? new(HighPrecisionReal.Zero(precision), HighPrecisionReal.Max(positive, negative))
            : new(-negative, positive);
    }

    // Square-and-multiply on non-negative numbers: every factor is a bound in the same direction and
    // the product of non-negative numbers is increasing in each, so each rounded product stays a bound.
    private static HighPrecisionReal PowerOfNonNegative(HighPrecisionReal value, long exponent, int precision, RoundingDirection direction)
    {
        var result = HighPrecisionReal.One(precision);
        var power = value;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
            {
                result = HighPrecisionReal.Multiply(result, power, precision, direction);
            }

            exponent >>= 1;
            if (exponent > 0)
            {
                power = HighPrecisionReal.Multiply(power, power, precision, direction);
            }
        }

        return result;
    }
}
