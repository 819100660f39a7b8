using System.Collections.Immutable;

namespace Verification.Symbolic.Claims;

/// <summary>
/// The instances of one claim written once over concrete index ranges
/// (<c>for i, j in 0..3: …</c>): it holds when every instance holds.
/// </summary>
public sealed record ClaimFamily(ImmutableArray<ClaimInstance> Instances) : Claim;

/// <summary>One instance of a <see cref="ClaimFamily"/>: the index values and the claim they give.</summary>
public sealed record ClaimInstance(ImmutableSortedDictionary<string, int> Indices, IdentityClaim Claim);
