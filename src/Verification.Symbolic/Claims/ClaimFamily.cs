using System.Collections;
using System.Collections.Immutable;

namespace Verification.Symbolic.Claims;

/// <summary>
/// The instances of one claim written once over concrete index ranges
/// (<c>for i, j in 0..3: …</c>): it holds when every instance holds.
/// </summary>
/// <param name="Instances">
/// In order of the ranges. From the parser they are streamed (<see cref="StreamedInstances"/>):
/// enumerating elaborates them one at a time, so prefer one pass over indexing.
/// </param>
public sealed record ClaimFamily(IReadOnlyList<ClaimInstance> Instances) : Claim;

/// <summary>One instance of a <see cref="ClaimFamily"/>: the index values and the claim they give.</summary>
public sealed record ClaimInstance(ImmutableSortedDictionary<string, int> Indices, IdentityClaim Claim);

/// <summary>
/// The instances of a family, produced anew on each enumeration by <paramref name="produce"/> and
/// never all held at once: the count and the first instance are known, the k-th is reached by
/// enumerating up to it (O(k) elaboration).
/// </summary>
public sealed class StreamedInstances(int count, ClaimInstance first, Func<IEnumerable<ClaimInstance>> produce) : IReadOnlyList<ClaimInstance>
{
    public int Count => count;

    public ClaimInstance this[int index] =>
        index == 0 ? first
        : (uint)index < (uint)count ? produce().ElementAt(index)
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"the family has {count} instances");

    public IEnumerator<ClaimInstance> GetEnumerator() => produce().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
