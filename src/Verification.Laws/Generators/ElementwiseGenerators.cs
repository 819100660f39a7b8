using FsCheck.Fluent;

namespace Verification.Laws.Generators;

/// <summary>
/// Rows of arguments for the elementwise activations (tanh, softplus, log σ, SiLU): every entry finite and
/// drawn independently, so one row probes many scales at once. Widths 1 … size + 1 cross the SIMD vector widths
/// (a kernel's vector body and its scalar tail both run).
/// </summary>
public static class ElementwiseGenerators
{
    private const int WidestWidth = 256;

    /// <summary>
    /// The adversarial mix: ordinary arguments, the points where a textbook formula breaks (±ln(max) where eˣ
    /// overflows, ±ln(max)/2 where e²ˣ does, the underflow exponents, branch points), ±10⁴ … max, tiny and
    /// subnormal arguments, and |x| in [10⁻¹², 1] where tanh(x) ≈ x and 2σ(2x) − 1 cancels.
    /// </summary>
    public static Arbitrary<T[]> Adversarial<T>()
        where T : IFloatingPointIeee754<T>
    {
        var elements = Gen.Frequency(
            (3, ElementGenerators.Ordinary<T>()),
            (3, ElementGenerators.Breakpoints<T>()),
            (1, ElementGenerators.Huge<T>()),
            (1, ElementGenerators.Tiny<T>()),
            (2, ElementGenerators.WithRandomSign(ElementGenerators.LogUniformMagnitude(-12, 0)).Select(T.CreateTruncating)));
        var rows =
            from width in Gen.Sized(size => Gen.Choose(1, Math.Max(1, Math.Min(WidestWidth, size + 1))))
            from row in Gen.ArrayOf(elements, width)
            select row;
        return Arb.From(rows, VectorShrinker.Shrink);
    }

    /// <summary>
    /// Arguments for the laws that compare σ and log σ with a reference: the adversarial mix, plus both far tails
    /// drawn densely, |x| from ln(max) − 2 to the underflow exponent + 1 (about 86.7 … 104.3 in float, 707.8 …
    /// 745.1 in double), where σ(−|x|) and log σ(|x|) are subnormal and eˣ (or e⁻ˣ) of the other sign overflows,
    /// and every |x| up to there, so that a kernel that drops to 0 early (below −17 where 1 + tanh cancels) is
    /// met on many sizes of tail.
    /// </summary>
    public static Arbitrary<T[]> WithTails<T>()
        where T : IFloatingPointIeee754<T>
    {
        var logMax = Math.Log(FloatingPointFacts<T>.MaxValue);
        var underflow = FloatingPointFacts<T>.UnderflowExponent;
        var elements = Gen.Frequency(
            (2, ElementGenerators.Ordinary<T>()),
            (2, ElementGenerators.Breakpoints<T>()),
            (1, ElementGenerators.Huge<T>()),
            (1, ElementGenerators.Tiny<T>()),
            (3, ElementGenerators.WithRandomSign(ElementGenerators.Uniform(0, underflow + 1)).Select(T.CreateTruncating)),
            (3, ElementGenerators.WithRandomSign(ElementGenerators.Uniform(logMax - 2, underflow + 1)).Select(T.CreateTruncating)));
        var rows =
            from width in Gen.Sized(size => Gen.Choose(1, Math.Max(1, Math.Min(WidestWidth, size + 1))))
            from row in Gen.ArrayOf(elements, width)
            select row;
        return Arb.From(rows, VectorShrinker.Shrink);
    }
}
