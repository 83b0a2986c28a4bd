namespace ChatBot.Core.Matching;

/// <summary>
/// Proposes candidates from the index's postings: each fact scores the summed weight of the question's words it
/// mentions (double when a stored question of the fact has the word), rarest words first, keeping the best few.
/// The postings are sorted by fact, so merging them needs no per-fact score table however large the store.
/// </summary>
internal static class CandidateWalk
{
    private const int MaxWords = 64;

    /// <param name="rowBudget">
    /// Facts the rarest known word may have before a question whose specific word is an unknown name is given up on;
    /// at least 1 in 50 of the store.
    /// </param>
    /// <param name="walkFactor">How many times that many postings the walk may read in all.</param>
    /// <param name="best">Receives the best candidates, highest score first.</param>
    /// <returns>How many candidates were written.</returns>
    public static int Find(AnalyzedQuestion question, MatchIndex index, int rowBudget, int walkFactor, Span<Candidate> best)
    {
        Span<int> words = stackalloc int[Math.Min(question.Concepts.Count, MaxWords)];
        var known = 0;
        foreach (var concept in question.Concepts)
        {
            if (concept.Id >= 0 && known < words.Length)
            {
                words[known++] = concept.Id;
            }
        }
        if (known == 0)
        {
            return 0;
        }
        words = words[..known];
        SortByRarity(words, index);
        var budget = Math.Max(rowBudget, index.FactCount / 50);
        if (index.DocumentFrequency(words[0]) > budget && HasUnknownName(question))
        {
            // The question's only specific word is a name no fact mentions ("killed in Kharkiv"): nothing to find.
            return 0;
        }
        var rows = 0;
        var take = 0;
        while (take < words.Length && (take == 0 || rows + index.DocumentFrequency(words[take]) <= budget * walkFactor))
        {
            rows += index.DocumentFrequency(words[take]);
            take++;
        }
        return Merge(words[..take], index, best);
    }

    private static int Merge(ReadOnlySpan<int> words, MatchIndex index, Span<Candidate> best)
    {
        var postings = index.AllPostings;
        Span<int> cursor = stackalloc int[words.Length];
        Span<int> end = stackalloc int[words.Length];
        Span<double> weight = stackalloc double[words.Length];
        for (var w = 0; w < words.Length; w++)
        {
            cursor[w] = index.PostingStart(words[w]);
            end[w] = index.PostingStart(words[w] + 1);
            weight[w] = index.Weight(words[w]);
        }
        var count = 0;
        while (true)
        {
            var next = int.MaxValue;
            for (var w = 0; w < words.Length; w++)
            {
                if (cursor[w] < end[w])
                {
                    next = Math.Min(next, postings[cursor[w]] >> 1);
                }
            }
            if (next == int.MaxValue)
            {
                return count;
            }
            double score = 0;
            for (var w = 0; w < words.Length; w++)
            {
                if (cursor[w] < end[w] && postings[cursor[w]] >> 1 == next)
                {
                    score += weight[w] * (1 + (postings[cursor[w]] & 1));
                    cursor[w]++;
                }
            }
            if (count < best.Length || score > best[count - 1].Score)
            {
                count = Offer(best, count, new Candidate(next, score));
            }
        }
    }

    /// <summary>Keeps <paramref name="best"/> sorted by score; on equal scores the fact met first stays ahead.</summary>
    private static int Offer(Span<Candidate> best, int count, Candidate candidate)
    {
        if (count == best.Length && candidate.Score <= best[count - 1].Score)
        {
            return count;
        }
        var at = count == best.Length ? count - 1 : count;
        while (at > 0 && best[at - 1].Score < candidate.Score)
        {
            best[at] = best[at - 1];
            at--;
        }
        best[at] = candidate;
        return Math.Min(count + 1, best.Length);
    }

    private static void SortByRarity(Span<int> words, MatchIndex index)
    {
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i];
            var j = i;
            for (; j > 0 && index.DocumentFrequency(words[j - 1]) > index.DocumentFrequency(word); j--)
            {
                words[j] = words[j - 1];
            }
            words[j] = word;
        }
    }

    private static bool HasUnknownName(AnalyzedQuestion question)
    {
        foreach (var concept in question.Concepts)
        {
            if (concept.Id < 0 && FeatureExtractor.IsRare(concept))
            {
                return true;
            }
        }
        return false;
    }
}
