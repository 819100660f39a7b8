using Verification.Derivations.Chapters;
using Verification.Derivations.Checking;

namespace Verification.Derivations;

/// <summary>
/// Every checked derivation, in the order documents present them: sigmoid, softmax, losses,
/// relatives, equivalence, training, seeds. Ids are stable; entries are immutable.
/// </summary>
public static class Catalog
{
    /// <summary>All entries, ordered by chapter and then as the chapter lists them.</summary>
    public static ImmutableArray<CatalogEntry> All { get; } =
    [
        .. SigmoidEntries.All,
        .. SoftmaxEntries.All,
        .. LossEntries.All,
        .. RelativeEntries.All,
        .. EquivalenceEntries.All,
        .. TrainingEntries.All,
        .. SeedEntries.All,
    ];

    /// <summary>The entry with the given id, or an exception naming it.</summary>
    public static CatalogEntry Get(string id) =>
        All.FirstOrDefault(entry => entry.Id == id) ?? throw new KeyNotFoundException($"no catalog entry '{id}'");

    /// <summary>Checks every entry with the engine.</summary>
    public static ImmutableArray<EntryReport> Verify() => CatalogVerifier.VerifyAll(All);
}
