using ChatBot.Core.Curation;
using ChatBot.Telegram.Texts.Curation;

// In the root namespace, so every test reads a FieldError's English words as it did when Core wrote them.
namespace ChatBot;

/// <summary>A field error as an English-speaking curator reads it: the words of <see cref="EnglishCuratorTexts"/>.</summary>
internal static class FieldErrorWords
{
    extension(FieldError fieldError)
    {
        /// <summary>What is wrong, in English.</summary>
        public string Message => EnglishCuratorTexts.Instance.Problem(fieldError.Problem);

        /// <summary>The field as the English reply names it ("line 3", "fact 'id'").</summary>
        public string Label => EnglishCuratorTexts.Instance.FieldLabel(fieldError);

        /// <summary>"Field: what is wrong", as one line of the English reply shows it (without its markup).</summary>
        public string Shown => $"{fieldError.Label}: {fieldError.Message}";
    }
}
