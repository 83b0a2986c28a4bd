namespace ChatBot.Core.Alerts;

/// <summary>
/// The frame of an alert in one language (the fact's answer, question and quotes stay as curated). Alerts are
/// rendered when a change is committed, in storage, so their catalogues live here beside <see cref="AlertText"/>.
/// </summary>
public interface IAlertTexts
{
    /// <summary>"en", "uk", "ru", "de" or "fr": the language of the curated answer an alert carries.</summary>
    string Language { get; }

    string Update { get; }

    string Restored { get; }

    /// <summary>"Restored v2:" for a revert to an earlier version.</summary>
    string RestoredVersion(string version);

    /// <summary>"was: " before the previous answer.</summary>
    string Was { get; }

    /// <summary>"As of 20 Nov 2025 · fact", before the fact's id.</summary>
    string AsOf(DateOnly asOf);

    /// <summary>Ends a shortened alert, before "/fact &lt;id&gt;".</summary>
    string Shortened { get; }

    string Retracted { get; }

    string Withdrawn { get; }

    string RetractedOn(DateOnly day);

    string Announcement { get; }

    /// <summary>The button under a fact alert (plain text).</summary>
    string FullFactButton { get; }
}
