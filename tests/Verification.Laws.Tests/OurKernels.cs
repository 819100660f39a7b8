using Verification.Laws.Kernels;
using Verification.Numerics;

namespace Verification.Laws.Tests;

/// <summary>
/// Our kernels (<see cref="Activations"/>) as an implementation under test, bound by reflection exactly as an
/// audit of a foreign assembly would bind them: all fifteen kernel slots, float and double.
/// </summary>
internal static class OurKernels
{
    public static Implementation Implementation { get; } = Implementation.FromStaticClass(typeof(Activations), "Verification.Numerics.Activations");
}
