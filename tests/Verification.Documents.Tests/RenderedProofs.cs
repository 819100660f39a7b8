using System.Collections.Immutable;
using Verification.Derivations;
using Verification.Derivations.Checking;
using Verification.Documents;

namespace Verification.Documents.Tests;

/// <summary>The catalog verified and rendered once for a test class (about a second of work).</summary>
public sealed class RenderedProofs
{
    public RenderedProofs()
    {
        Reports = Catalog.Verify();
        Files = ProofSet.Render(Reports);
    }

    public ImmutableArray<EntryReport> Reports { get; }

    public ImmutableArray<RenderedFile> Files { get; }

    public string Content(string relativePath) => Files.Single(f => f.RelativePath == relativePath).Content;
}
