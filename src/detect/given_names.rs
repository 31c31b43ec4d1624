//! Given names that tell a person's gender when the text itself does not, for quote
//! attribution and the entity detector's grouping: "Tom Hale questioned Maria Lopez.
//! '...,' she said." gives the quote to Maria Lopez, and "Mrs Gambon" is not "Michael
//! Gambon". The text's
//! sure evidence (an honorific, a pronoun in a clause about the person: "Maria Lopez, who
//! lost his seat") wins over these lists; these lists win over a pronoun that merely
//! follows a mention ("producer Daniel Okafor had changed her mind").
//!
//! Only names common in English-language news and used for one gender nearly always;
//! names used for both (Jordan, Alex, Sam, Jamie, Taylor, Morgan, Kim, Robin, Ashley) and
//! names whose gender differs between languages (Andrea, Nicola, Simone, Jean) are left
//! out. Each list is sorted, for binary search (a test checks).

/// Given names of women.
const FEMALE: &[&str] = &[
    "Abigail", "Adele", "Agnes", "Aisha", "Alice", "Alicia", "Alison", "Amanda", "Amelia", "Amy", "Ana",
    "Anastasia", "Angela", "Angelina", "Anita", "Ann", "Anna", "Annalena", "Anne", "Annie", "Aryna", "Audrey",
    "Ava", "Ayesha", "Barbara", "Beatrice", "Benazir", "Betty", "Beverly", "Brenda", "Bridget", "Carmen", "Carol",
    "Caroline", "Carolyn", "Catherine", "Charlotte", "Chloe", "Christina", "Christine", "Claire", "Clara", "Clare",
    "Claudia", "Cynthia", "Daphne", "Deborah", "Denise", "Diana", "Diane", "Donna", "Doris", "Dorothy", "Edith",
    "Ekaterina", "Eleanor", "Elena", "Elisabeth", "Elise", "Elizabeth", "Ella", "Ellen", "Ellie", "Elsa", "Emily",
    "Emma", "Erica", "Erin", "Esther", "Eva", "Eve", "Evelyn", "Fatima", "Fiona", "Florence", "Frances", "Gemma",
    "Gillian", "Giorgia", "Gloria", "Grace", "Greta", "Gwen", "Gwyneth", "Hannah", "Harriet", "Hazel", "Heather",
    "Helen", "Helena", "Hillary", "Holly", "Ilhan", "Indira", "Ingrid", "Irene", "Irina", "Isabel", "Isabella",
    "Isabelle", "Jacinda", "Jacqueline", "Jane", "Janet", "Janice", "Jasmine", "Jennifer", "Jessica", "Jill",
    "Joan", "Joanna", "Joanne", "Josephine", "Joyce", "Judith", "Judy", "Julia", "Julie", "Kamala", "Karen",
    "Katarzyna", "Kate", "Katherine", "Kathleen", "Kathryn", "Katie", "Kimberly", "Kirsty", "Kristen", "Kristin",
    "Laura", "Lauren", "Leah", "Leila", "Lily", "Linda", "Lisa", "Liz", "Lorraine", "Louise", "Lucia", "Lucy",
    "Lynne", "Madeleine", "Madison", "Margaret", "Maria", "Mariam", "Marianne", "Marie", "Marilyn", "Marine",
    "Marion", "Martha", "Mary", "Maryam", "Maya", "Megan", "Melania", "Melissa", "Mette", "Mia", "Michelle",
    "Molly", "Monica", "Nadia", "Nancy", "Naomi", "Natalia", "Natalie", "Natasha", "Nicole", "Nikki", "Nina",
    "Olena", "Olga", "Olivia", "Pamela", "Patricia", "Paula", "Pauline", "Penny", "Priti", "Priya", "Rachel",
    "Rebecca", "Rita", "Rosa", "Rose", "Rosemary", "Ruth", "Sabrina", "Sally", "Samantha", "Sandra", "Sanna",
    "Sara", "Sarah", "Serena", "Sharon", "Sheila", "Sheryl", "Shirley", "Sofia", "Sophia", "Sophie", "Stephanie",
    "Susan", "Suzanne", "Svetlana", "Tatiana", "Teresa", "Theresa", "Tina", "Tracey", "Tracy", "Ursula", "Valerie",
    "Vanessa", "Veronica", "Victoria", "Virginia", "Wendy", "Yasmin", "Yulia", "Yvette", "Yvonne", "Zoe",
];

/// Given names of men.
const MALE: &[&str] = &[
    "Aaron", "Abdullah", "Adam", "Ahmad", "Ahmed", "Alan", "Albert", "Alejandro", "Alexander", "Alexei", "Alexey",
    "Ali", "Andrew", "Andrzej", "Andy", "Anthony", "Antonio", "Arthur", "Barack", "Bashar", "Ben", "Benjamin",
    "Bill", "Bob", "Boris", "Brandon", "Brian", "Bruce", "Bryan", "Carl", "Carlos", "Charles", "Chidi",
    "Christopher", "Colin", "Cyril", "Dan", "Daniel", "Dave", "David", "Dennis", "Derek", "Diego", "Dmitry",
    "Dominic", "Donald", "Douglas", "Duncan", "Edward", "Elon", "Emeka", "Emmanuel", "Eric", "Erik", "Ethan",
    "Eugene", "Fernando", "Francesco", "Francis", "Francisco", "Frank", "Fred", "Friedrich", "Gareth", "Gary",
    "George", "Gerald", "Giovanni", "Giuseppe", "Gordon", "Graham", "Greg", "Gregory", "Hamish", "Hans", "Harold",
    "Harry", "Hassan", "Henry", "Hugo", "Hussein", "Ian", "Ibrahim", "Igor", "Imran", "Ivan", "Jack", "Jacob",
    "Jacques", "James", "Jason", "Javier", "Jeff", "Jeffrey", "Jeremy", "Jerry", "Jim", "Joe", "John", "Johnny",
    "Jonathan", "Jorge", "Jose", "Joseph", "Joshua", "Juan", "Justin", "Karl", "Keir", "Keith", "Ken", "Kenneth",
    "Kevin", "Khalid", "Klaus", "Kwame", "Larry", "Lars", "Lawrence", "Leo", "Liam", "Lionel", "Louis", "Luca",
    "Lucas", "Luis", "Luke", "Mahmoud", "Malcolm", "Manuel", "Marco", "Mario", "Mark", "Matt", "Matteo", "Matthew",
    "Michael", "Miguel", "Mike", "Mitch", "Mohamed", "Mohammad", "Mohammed", "Muhammad", "Mustafa", "Narendra",
    "Nathan", "Neil", "Nicholas", "Nick", "Nigel", "Noah", "Novak", "Olaf", "Oliver", "Olusegun", "Omar", "Oscar",
    "Owen", "Pablo", "Patrick", "Paul", "Pedro", "Peter", "Philip", "Pierre", "Rafael", "Rahul", "Ralph", "Raymond",
    "Recep", "Rhys", "Richard", "Rick", "Rishi", "Robert", "Roberto", "Rodrigo", "Roger", "Ron", "Ronald", "Roy",
    "Rupert", "Russell", "Ryan", "Samuel", "Scott", "Sean", "Sergei", "Sergey", "Sergio", "Silvio", "Stephen",
    "Steve", "Steven", "Stuart", "Tariq", "Terry", "Thomas", "Tim", "Timothy", "Tom", "Tony", "Trevor", "Tunde",
    "Tyler", "Victor", "Viktor", "Vincent", "Vladimir", "Volodymyr", "Walter", "Wayne", "William", "Wolfgang", "Xi",
    "Youssef", "Yusuf", "Zachary",
];

/// Whether a person's given name (the first word of `name`) is a woman's (`Some(true)`),
/// a man's (`Some(false)`), or not told by these lists.
pub(crate) fn female_given_name(name: &str) -> Option<bool> {
    let first = name.split_whitespace().next()?;
    if FEMALE.binary_search(&first).is_ok() {
        Some(true)
    } else if MALE.binary_search(&first).is_ok() {
        Some(false)
    } else {
        None
    }
}

/// The gender the honorific right before `start` in `text` tells: a woman's (`Some(true)`:
/// Mrs, Ms, Miss, Lady, Dame), a man's (`Some(false)`: Mr, Sir, Lord), or none.
pub(crate) fn honorific_before(text: &str, start: usize) -> Option<bool> {
    let before = text[..start].trim_end().trim_end_matches('.');
    match before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("") {
        "Mrs" | "Ms" | "Miss" | "Lady" | "Dame" => Some(true),
        "Mr" | "Sir" | "Lord" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_apart() {
        for list in [FEMALE, MALE] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list.windows(2).find(|w| w[0] >= w[1]));
        }
        assert!(FEMALE.iter().all(|n| MALE.binary_search(n).is_err()));
    }

    #[test]
    fn reads_the_first_word() {
        assert_eq!(female_given_name("Maria Lopez"), Some(true));
        assert_eq!(female_given_name("Tom Hale"), Some(false));
        assert_eq!(female_given_name("Jordan Henderson"), None);
        assert_eq!(female_given_name("Lopez"), None);
        assert_eq!(female_given_name(""), None);
    }
}
