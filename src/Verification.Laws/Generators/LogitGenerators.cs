using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace Verification.Laws.Generators;

/// <summary>
/// FsCheck generators of rows of logits, one family per numerical hazard, and <see cref="Adversarial{T}"/>
/// mixing them all. Widths grow with FsCheck's size parameter; every row has at least one finite entry and no
/// NaN or +∞ (softmax is defined on it).
/// </summary>
public static class LogitGenerators
{
    /// <summary>Width of the rows of <see cref="Wide{T}"/>: at least this many entries.</summary>
    public const int WideWidth = 1000;

    private const int WidestWidth = 2048;

    /// <summary>Ordinary logits in [−30, 30] (ties included), width 2 … size + 2.</summary>
    public static Arbitrary<T[]> Ordinary<T>(int maximumWidth = WidestWidth)
        where T : IFloatingPointIeee754<T> =>
        Shrinking(RowsOf(ElementGenerators.Ordinary<T>(), 2, maximumWidth));

    /// <summary>
    /// Logits whose exponentials overflow: ±10⁴ … ±10³⁰⁰ (float: ±3·10³⁸); large offsets with an ordinary
    /// spread such as [1000, 1001, 1002], where naive softmax returns NaN; and huge entries among ordinary ones.
    /// </summary>
    public static Arbitrary<T[]> Huge<T>(int maximumWidth = WidestWidth)
        where T : IFloatingPointIeee754<T>
    {
        var largeOffset =
            from offset in ElementGenerators.WithRandomSign(ElementGenerators.LogUniformMagnitude(2.5, 4.5))
            from row in RowsOf(ElementGenerators.Ordinary<T>(), 1, maximumWidth)
            select row.Select(value => T.CreateTruncating(offset) + value).ToArray();
        var hugeAmongOrdinary =
            from row in RowsOf(Gen.Frequency((1, ElementGenerators.Huge<T>()), (1, ElementGenerators.Ordinary<T>())), 2, maximumWidth)
            from index in Gen.Choose(0, row.Length - 1)
            from huge in ElementGenerators.Huge<T>()
            select row.Select((value, i) => i == index ? huge : value).ToArray();
        return Shrinking(Gen.Frequency(
            (2, RowsOf(ElementGenerators.Huge<T>(), 1, maximumWidth)),
            (2, largeOffset),
            (1, hugeAmongOrdinary)));
    }

    /// <summary>|x| ≤ 10⁻³⁰ including subnormals and signed zeros: softmax is then nearly uniform.</summary>
    public static Arbitrary<T[]> Tiny<T>(int maximumWidth = WidestWidth)
        where T : IFloatingPointIeee754<T> =>
        Shrinking(RowsOf(ElementGenerators.Tiny<T>(), 1, maximumWidth));

    /// <summary>All entries equal (at any scale): softmax must be exactly uniform in exact arithmetic.</summary>
    public static Arbitrary<T[]> AllEqual<T>(int maximumWidth = WidestWidth)
        where T : IFloatingPointIeee754<T> =>
        Shrinking(
            from value in ElementGenerators.MixedScale<T>()
            from width in Width(2, maximumWidth)
            select Enumerable.Repeat(value, width).ToArray());

    /// <summary>A single logit at any scale: softmax must be exactly [1].</summary>
    public static Arbitrary<T[]> WidthOne<T>()
        where T : IFloatingPointIeee754<T> =>
        Shrinking(ElementGenerators.MixedScale<T>().Select(static value => new[] { value }));

    /// <summary>
    /// Rows of <see cref="WideWidth"/> … 2048 entries, mostly ordinary with some at other scales: the summation
    /// error grows with the width, so width-scaled tolerances are exercised.
    /// </summary>
    public static Arbitrary<T[]> Wide<T>()
        where T : IFloatingPointIeee754<T> =>
        Shrinking(
            from width in Gen.Choose(WideWidth, WidestWidth)
            from row in Gen.ArrayOf(Gen.Frequency((19, ElementGenerators.Ordinary<T>()), (1, ElementGenerators.MixedScale<T>())), width)
            select row);

    /// <summary>Every entry at an independently chosen scale: ordinary, huge, tiny or zero.</summary>
    public static Arbitrary<T[]> MixedScales<T>(int maximumWidth = WidestWidth)
        where T : IFloatingPointIeee754<T> =>
        Shrinking(RowsOf(ElementGenerators.MixedScale<T>(), 2, maximumWidth));

    /// <summary>Rows with −∞ entries (masked logits), at least one entry finite.</summary>
    public static Arbitrary<T[]> WithNegativeInfinity<T>(int maximumWidth = WidestWidth)
        where T : IFloatingPointIeee754<T> =>
        Shrinking(NegativeInfinityRows(Gen.Frequency((2, ElementGenerators.Ordinary<T>()), (1, ElementGenerators.MixedScale<T>())), Width(1, maximumWidth)));

    /// <summary>Batches of 1 … 8 rows of one width, each row from a different hazard family.</summary>
    public static Arbitrary<LogitBatch<T>> Batches<T>(int maximumWidth = 64)
        where T : IFloatingPointIeee754<T> =>
        Arb.From(
            from width in Width(1, maximumWidth)
            from rows in Gen.Choose(1, 8)
            from values in Gen.ArrayOf(RowOfWidth<T>(width), rows)
            select new LogitBatch<T>(rows, width, values.SelectMany(static row => row).ToArray()));

    /// <summary>
    /// The adversarial mix: every family above, weighted towards the hazards. Rows wider than
    /// <paramref name="maximumWidth"/> are not generated (laws with k² or k³ cost cap it);
    /// <see cref="Wide{T}"/> rows take part only when the cap allows them.
    /// </summary>
    public static Arbitrary<T[]> Adversarial<T>(int maximumWidth = WidestWidth)
        where T : IFloatingPointIeee754<T>
    {
        var families = new List<(int, Gen<T[]>)>
        {
            (3, Ordinary<T>(maximumWidth).Generator),
            (3, Huge<T>(maximumWidth).Generator),
            (1, Tiny<T>(maximumWidth).Generator),
            (1, AllEqual<T>(maximumWidth).Generator),
            (1, WidthOne<T>().Generator),
            (2, MixedScales<T>(maximumWidth).Generator),
            (2, WithNegativeInfinity<T>(maximumWidth).Generator),
        };
        if (maximumWidth >= WideWidth)
        {
            families.Add((1, Wide<T>().Generator));
        }

        return Shrinking(Gen.Frequency(families));
    }

    /// <summary>Rows with an ordinary-scale upstream gradient of the same width.</summary>
    public static Arbitrary<LogitsWithUpstreamGradient<T>> WithUpstreamGradient<T>(Arbitrary<T[]> logits)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(logits);
        return Arb.From(
            from x in logits.Generator
            from g in Gen.ArrayOf(ElementGenerators.Gradient<T>(), x.Length)
            select new LogitsWithUpstreamGradient<T>(x, g));
    }

    /// <summary>Rows with a target probability vector: one-hot, uniform, or random weights normalised to sum 1.</summary>
    public static Arbitrary<LogitsWithTarget<T>> WithTarget<T>(Arbitrary<T[]> logits)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(logits);
        return Arb.From(
            from z in logits.Generator
            from y in TargetProbabilities<T>(z.Length)
            select new LogitsWithTarget<T>(z, y));
    }

    private static Gen<T[]> TargetProbabilities<T>(int width)
        where T : IFloatingPointIeee754<T>
    {
        var oneHot = Gen.Choose(0, width - 1).Select(hot =>
            Enumerable.Range(0, width).Select(i => i == hot ? T.One : T.Zero).ToArray());
        var uniform = Gen.Constant(Enumerable.Repeat(T.One / T.CreateTruncating(width), width).ToArray());
        var weighted = Gen.ArrayOf(ElementGenerators.UnitInterval, width).Select(weights =>
        {
            var total = weights.Sum();
            return total > 0
                ? weights.Select(w => T.CreateTruncating(w / total)).ToArray()
                : Enumerable.Repeat(T.One / T.CreateTruncating(width), width).ToArray();
        });
        return Gen.Frequency((2, oneHot), (1, uniform), (2, weighted));
    }

    private static Gen<T[]> RowOfWidth<T>(int width)
        where T : IFloatingPointIeee754<T> =>
        Gen.Frequency(
            (2, Gen.ArrayOf(ElementGenerators.Ordinary<T>(), width)),
            (1, Gen.ArrayOf(ElementGenerators.Huge<T>(), width)),
            (1, Gen.ArrayOf(ElementGenerators.Tiny<T>(), width)),
            (1, Gen.ArrayOf(ElementGenerators.MixedScale<T>(), width)),
            (1, NegativeInfinityRows(ElementGenerators.Ordinary<T>(), Gen.Constant(width))));

    private static Gen<T[]> NegativeInfinityRows<T>(Gen<T> elements, Gen<int> widths)
        where T : IFloatingPointIeee754<T> =>
        from width in widths
        from row in Gen.ArrayOf(elements, width)
        from masked in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(false)), (2, Gen.Constant(true))), width)
        from keptFinite in Gen.Choose(0, width - 1)
        select row.Select((value, i) => masked[i] && i != keptFinite ? T.NegativeInfinity : value).ToArray();

    private static Gen<int> Width(int minimum, int maximumWidth) =>
        Gen.Sized(size => Gen.Choose(minimum, Math.Max(minimum, Math.Min(maximumWidth, size + minimum))));

    private static Gen<T[]> RowsOf<T>(Gen<T> elements, int minimumWidth, int maximumWidth) =>
        from width in Width(minimumWidth, maximumWidth)
        from row in Gen.ArrayOf(elements, width)
        select row;

    private static Arbitrary<T[]> Shrinking<T>(Gen<T[]> rows)
        where T : IFloatingPointIeee754<T> =>
        Arb.From(rows, VectorShrinker.Shrink);
}
