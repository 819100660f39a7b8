using Verification.Laws.Controls;
using Verification.Laws.Kernels;
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

    private static Implementation Ours() => Implementation.FromStaticClass(typeof(Activations), "ours");

    private static Implementation TensorPrimitives() => NegativeControls.TensorPrimitives.Implementation with { Name = "tensorprimitives" };

    private static Implementation Naive() => NegativeControls.NaiveTextbookSoftmax.Implementation with { Name = "naive" };
}
