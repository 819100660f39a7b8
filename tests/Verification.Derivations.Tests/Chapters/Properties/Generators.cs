using FsCheck;
using FsCheck.Fluent;
using Verification.Laws.Generators;

namespace Verification.Derivations.Tests.Chapters.Properties;

/// <summary>
/// The logits the derivation properties draw: <see cref="LabelledLogits"/> (every hazard of
/// <see cref="LogitKind"/>, on an exact printable grid) at the sizes the compiled catalog formulas cover.
/// </summary>
public static class Generators
{
    public static Gen<int> Size => Gen.Choose(CompiledSoftmaxResultsFixture.SmallestN, CompiledSoftmaxResultsFixture.LargestN);

    public static Gen<LogitCase> Logits => Size.SelectMany(LabelledLogits.OfSize);
}
