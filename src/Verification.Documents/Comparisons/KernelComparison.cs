using System.Collections.Immutable;

namespace Verification.Documents.Comparisons;

/// <summary>
/// How to hold one catalog result to our code: the kernel that computes the derived quantity, and
/// (for a derivative) the forward kernel whose finite difference is an independent third opinion.
/// The derived formula itself is not here: it is compiled from the catalog entry's statement.
/// </summary>
/// <param name="EntryId">The catalog entry whose statement's right-hand side is the derived formula.</param>
/// <param name="KernelName">What the kernel column shows, e.g. <c>StablePrimitives.SigmoidDerivative</c>.</param>
/// <param name="Kernel">Our kernel at a point (values by symbol name).</param>
/// <param name="Forward">For a statement <c>diff(f, v) == g</c>: our kernel for f, differenced in v; null otherwise.</param>
/// <param name="Points">The sample points, ordinary and extreme, each a value for every free symbol.</param>
public sealed record KernelComparison(
    string EntryId,
    string KernelName,
    Func<IReadOnlyDictionary<string, double>, double> Kernel,
    Func<IReadOnlyDictionary<string, double>, double>? Forward,
    ImmutableArray<ImmutableSortedDictionary<string, double>> Points);
