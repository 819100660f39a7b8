using System.Globalization;
using System.Numerics;

namespace Verification.TestSupport;

/// <summary>
/// How far a computed value may lie from the expected one: an absolute gap, a gap relative to
/// |expected| (as a number or in machine ε), or a number of ulps. NaN and ±∞ are settled before any arithmetic (as MathNet's
/// <c>Precision.AlmostEqual</c> does), because a gap involving them is NaN or ∞ and would make every
/// bound meaningless: an infinity equals only the same infinity, and NaN equals NaN only when
/// <see cref="NaNEqualsNaN"/> is asked for.
/// </summary>
public sealed record Tolerance
{
    private Tolerance(ToleranceKind kind, double bound)
    {
        if (!(bound >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(bound), bound, "A tolerance is a non-negative number.");
        }

        Kind = kind;
        Bound = bound;
    }

    /// <summary>What <see cref="Bound"/> measures.</summary>
    public ToleranceKind Kind { get; }

    /// <summary>The largest gap accepted, in the unit of <see cref="Kind"/>.</summary>
    public double Bound { get; }

    /// <summary>Whether NaN expected and NaN computed count as equal (by default they do not).</summary>
    public bool NaNEqualsNaN { get; init; }

    /// <summary>|actual − expected| ≤ <paramref name="bound"/>.</summary>
    /// <param name="bound">The largest gap accepted.</param>
    /// <returns>The tolerance.</returns>
    public static Tolerance Absolute(double bound) => new(ToleranceKind.Absolute, bound);

    /// <summary>|actual − expected| ≤ <paramref name="bound"/>·|expected|; an expected 0 then demands exactly 0.</summary>
    /// <param name="bound">The largest relative gap accepted.</param>
    /// <returns>The tolerance.</returns>
    public static Tolerance Relative(double bound) => new(ToleranceKind.Relative, bound);

    /// <summary>
    /// Relative, in units of the machine ε of the compared format: |actual − expected| ≤ count·ε·|expected|
    /// with ε = 2⁻²³ when a float is checked and 2⁻⁵² for a double, so one number states a kernel's error
    /// for both.
    /// </summary>
    /// <param name="count">How many ε.</param>
    /// <returns>The tolerance.</returns>
    public static Tolerance Epsilons(double count) => new(ToleranceKind.Epsilons, count);

    /// <summary>At most <paramref name="count"/> representable values of the compared format apart.</summary>
    /// <param name="count">How many ulps.</param>
    /// <returns>The tolerance.</returns>
    public static Tolerance Ulps(ulong count) => new(ToleranceKind.Ulps, count);

    /// <summary>This tolerance, with NaN accepted where NaN is expected.</summary>
    /// <returns>The tolerance.</returns>
    public Tolerance AllowingNaN() => this with { NaNEqualsNaN = true };

    /// <summary>Whether <paramref name="actual"/> is close enough to <paramref name="expected"/>.</summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="actual">The computed value.</param>
    /// <returns>True when accepted.</returns>
    public bool Accepts(double expected, double actual) => Accepts<double>(expected, actual);

    /// <summary>
    /// Whether a computed <typeparamref name="T"/> is close enough to an expected double (a hand calculation
    /// or a wider reference). Absolute and relative gaps are measured in double; ulps are counted in
    /// <typeparamref name="T"/>, from the expected value rounded to it.
    /// </summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="actual">The computed value.</param>
    /// <typeparam name="T">float or double.</typeparam>
    /// <returns>True when accepted.</returns>
    public bool Accepts<T>(double expected, T actual)
        where T : IFloatingPointIeee754<T>
    {
        if (double.IsNaN(expected) || T.IsNaN(actual))
        {
            return NaNEqualsNaN && double.IsNaN(expected) && T.IsNaN(actual);
        }

        var widened = double.CreateTruncating(actual);
        if (double.IsInfinity(expected) || T.IsInfinity(actual))
        {
            return expected == widened;
        }

        return Kind switch
        {
            ToleranceKind.Ulps when typeof(T) == typeof(float) => FloatingPoint.UlpDistance((float)expected, float.CreateTruncating(actual)) <= Bound,
            ToleranceKind.Ulps when typeof(T) == typeof(double) => FloatingPoint.UlpDistance(expected, widened) <= Bound,
            ToleranceKind.Ulps => throw new NotSupportedException($"Ulps are counted in float or double, not {typeof(T).Name}."),
            _ => Math.Abs(widened - expected) <= AllowedGap<T>(expected),
        };
    }

    /// <summary>Throws <see cref="ToleranceExceededException"/> unless <see cref="Accepts{T}(double, T)"/>.</summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="actual">The computed value.</param>
    /// <param name="what">What is compared, for the message.</param>
    /// <typeparam name="T">float or double.</typeparam>
    public void AssertClose<T>(double expected, T actual, string? what = null)
        where T : IFloatingPointIeee754<T>
    {
        if (!Accepts(expected, actual))
        {
            throw new ToleranceExceededException(Explain(expected, actual, what));
        }
    }

    /// <summary>
    /// Element by element: the lists have the same length and every pair passes <see cref="AssertClose{T}"/>;
    /// the first failure names its index.
    /// </summary>
    /// <param name="expected">The expected values.</param>
    /// <param name="actual">The computed values.</param>
    /// <param name="what">What is compared, for the message.</param>
    public void AssertAllClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, string? what = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.Count != actual.Count)
        {
            throw new ToleranceExceededException(
                string.Create(CultureInfo.InvariantCulture, $"{what}: {expected.Count} values expected but got {actual.Count}"));
        }

        for (var k = 0; k < expected.Count; k++)
        {
            AssertClose(expected[k], actual[k], string.Create(CultureInfo.InvariantCulture, $"{what}[{k}]"));
        }
    }

    /// <summary>The failure message: what, expected ± allowed, the value got and its type.</summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="actual">The computed value.</param>
    /// <param name="what">What is compared, or null.</param>
    /// <typeparam name="T">float or double.</typeparam>
    /// <returns>One line.</returns>
    public string Explain<T>(double expected, T actual, string? what = null)
        where T : IFloatingPointIeee754<T>
    {
        var allowed = Kind == ToleranceKind.Ulps
            ? string.Create(CultureInfo.InvariantCulture, $"{Bound} ulp")
            : string.Create(CultureInfo.InvariantCulture, $"{AllowedGap<T>(expected):R}");
        var prefix = what is null ? string.Empty : what + ": ";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{prefix}expected {expected:R} ± {allowed} but got {double.CreateTruncating(actual):R} ({typeof(T).Name})");
    }

    private double AllowedGap<T>(double expected)
        where T : IFloatingPointIeee754<T> => Kind switch
        {
            ToleranceKind.Relative => Bound * Math.Abs(expected),
            ToleranceKind.Epsilons => Bound * FloatingPoint.MachineEpsilon<T>() * Math.Abs(expected),
            _ => Bound,
        };
}
