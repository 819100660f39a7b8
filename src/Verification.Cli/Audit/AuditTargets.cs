using Verification.Laws.Controls;
using Verification.Laws.Kernels;
using Verification.Laws.Protocol;
using Verification.Numerics;

namespace Verification.Cli.Audit;

/// <summary>Turns the <c>--impl</c> choice into implementations under test, named as the option spells them.</summary>
internal static class AuditTargets
{
    public static IReadOnlyList<Implementation> For(BuiltInImplementation choice) => choice switch
    {
        BuiltInImplementation.Ours => [Ours()],
        BuiltInImplementation.TensorPrimitives => [TensorPrimitives()],
        BuiltInImplementation.Naive => [Naive()],
        _ => [Ours(), TensorPrimitives(), Naive()],
    };

    /// <summary>A results file (<c>--results</c>), read and checked against the cases it answers; named as the user typed it in errors.</summary>
    /// <exception cref="ProtocolFormatException">The file is malformed or answers other cases.</exception>
    public static ResultFile FromResults(FileInfo results) => ResultFile.Load(results.ToString());

    private static Implementation Ours() => Implementation.FromStaticClass(typeof(Activations), "ours");

    private static Implementation TensorPrimitives() => NegativeControls.TensorPrimitives.Implementation with { Name = "tensorprimitives" };

    private static Implementation Naive() => NegativeControls.NaiveTextbookSoftmax.Implementation with { Name = "naive" };
}
